'use client';

import type { MfaChannel } from '@authblock/mfa-client';
import { type FormEvent, useId } from 'react';
import { type HeadingLevel, StepHeading } from '../internal/ui.tsx';
import type { MfaMessages } from '../provider/messages.ts';

interface ChannelChoiceProps {
  channels: readonly MfaChannel[];
  recommended: MfaChannel | undefined;
  channel: MfaChannel;
  onChannelChange: (channel: MfaChannel) => void;
  onContinue: () => void;
  onCancel: (() => void) | undefined;
  autoFocus: boolean | undefined;
  headingLevel: HeadingLevel;
  messages: MfaMessages;
}

/** The first setup step: email (simpler) or an authenticator app (stronger). */
export function ChannelChoice({
  channels,
  recommended,
  channel,
  onChannelChange,
  onContinue,
  onCancel,
  autoFocus,
  headingLevel,
  messages,
}: ChannelChoiceProps) {
  const id = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <form
      className="abmfa-setup__choose"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={onSubmit}
    >
      <StepHeading
        level={headingLevel}
        id={`${id}-heading`}
        className="abmfa-setup__heading"
        autoFocus={autoFocus}
      >
        {messages.setupHeading}
      </StepHeading>
      <p className="abmfa-setup__intro">{messages.setupIntro}</p>
      {channels.length === 1 ? (
        // One method allowed (a page that requires it): nothing to choose, so no radio
        // group of one; the method is named and described.
        <div className="abmfa-setup__channel" data-state="only">
          <p className="abmfa-setup__channel-label">
            {channels[0] === 'email' ? messages.channelEmail : messages.channelTotp}
          </p>
          <p className="abmfa-setup__channel-description">
            {channels[0] === 'email'
              ? messages.channelEmailDescription
              : messages.channelTotpDescription}
          </p>
        </div>
      ) : (
        <fieldset className="abmfa-setup__channels">
          <legend className="abmfa-setup__legend">{messages.channelLegend}</legend>
          {channels.map((option) => (
            <div
              key={option}
              className="abmfa-setup__channel"
              data-state={channel === option ? 'checked' : 'unchecked'}
            >
              <input
                id={`${id}-${option}`}
                type="radio"
                name={`${id}-channel`}
                value={option}
                checked={channel === option}
                onChange={() => onChannelChange(option)}
                aria-describedby={`${id}-${option}-description`}
                className="abmfa-setup__channel-input"
              />
              <label htmlFor={`${id}-${option}`} className="abmfa-setup__channel-label">
                {option === 'email' ? messages.channelEmail : messages.channelTotp}
                {option === recommended ? (
                  <span className="abmfa-setup__recommended"> {messages.recommendedBadge}</span>
                ) : null}
              </label>
              <p id={`${id}-${option}-description`} className="abmfa-setup__channel-description">
                {option === 'email'
                  ? messages.channelEmailDescription
                  : messages.channelTotpDescription}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <div className="abmfa-setup__actions">
        <button type="submit" className="abmfa-button abmfa-button--primary">
          {messages.startSetup}
        </button>
        {onCancel ? (
          <button type="button" className="abmfa-button" onClick={onCancel}>
            {messages.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
