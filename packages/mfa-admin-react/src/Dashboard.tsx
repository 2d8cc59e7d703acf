'use client';

import type { AdminUser, MfaAdminClient } from '@authblock/mfa-client/admin';
import { mfaLocaleDirection } from '@authblock/mfa-react';
import { useCallback, useId, useMemo, useState } from 'react';
import { AdoptionCards } from './AdoptionCards.tsx';
import { AdoptionOverTimeFigure } from './charts/AdoptionOverTimeFigure.tsx';
import { ChannelSplitFigure } from './charts/ChannelSplitFigure.tsx';
import { DashboardLists, type OpenPerson } from './DashboardLists.tsx';
import type { AdminMessages } from './messages.ts';
import { roleName } from './model/admin-words.ts';
import { dashboardFormat } from './model/dashboard-format.ts';
import {
  computeDashboard,
  RANGES,
  type RangeKey,
  rangeEndingAt,
  rolesOf,
} from './model/metrics.ts';
import { UserRecord } from './UserRecord.tsx';

/** The person whose record is open, and the control that opened it (focus returns there). */
interface OpenRecord {
  userId: string;
  email: string;
  opener: HTMLElement;
}

/**
 * The loaded dashboard: the role and range filters, then the sections they narrow (cards,
 * two charts, the exportable lists). A person's email in a list opens their record above
 * the lists.
 */
export function Dashboard({
  client,
  users,
  events,
  now,
  text,
  locale,
}: {
  client: MfaAdminClient;
  users: AdminUser[];
  events: Parameters<typeof computeDashboard>[1];
  now: number;
  text: AdminMessages;
  locale: string;
}) {
  const [role, setRole] = useState<string | null>(null);
  const [range, setRange] = useState<RangeKey>('12m');
  const roleId = useId();
  const rangeId = useId();
  const figures = useMemo(
    () => computeDashboard(users, events, { role, range: rangeEndingAt(now, range) }),
    [users, events, role, range, now],
  );
  const roles = useMemo(() => [...new Set(users.flatMap(rolesOf))].sort(), [users]);
  // Every section below draws from the same figures, strings and formats.
  const section = { figures, text, format: dashboardFormat(locale, text) };
  const rtl = mfaLocaleDirection(locale) === 'rtl';
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const openPerson: OpenPerson = {
    openUserId: record?.userId ?? null,
    onOpen: useCallback((userId, email, opener) => setRecord({ userId, email, opener }), []),
  };
  const closeRecord = () => {
    setRecord(null);
    // Back where the admin was; a filter change may have removed that row meanwhile.
    if (record?.opener.isConnected) record.opener.focus();
  };

  return (
    <>
      <div className="abmfa-admin-filters">
        <div className="abmfa-admin-field">
          <label htmlFor={roleId}>{text.roleFilter}</label>
          <select
            id={roleId}
            value={role ?? ''}
            onChange={(event) => setRole(event.target.value || null)}
          >
            <option value="">{text.allRoles}</option>
            {roles.map((name) => (
              <option key={name} value={name}>
                {roleName(text, name)}
              </option>
            ))}
          </select>
        </div>
        <div className="abmfa-admin-field">
          <label htmlFor={rangeId}>{text.rangeFilter}</label>
          <select
            id={rangeId}
            value={range}
            onChange={(event) => setRange(event.target.value as RangeKey)}
          >
            {(Object.keys(RANGES) as RangeKey[]).map((key) => (
              <option key={key} value={key}>
                {text.ranges[key]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {figures.hasMfaFields ? (
        <>
          {figures.people > 0 ? (
            <>
              <AdoptionCards {...section} />
              <p className="abmfa-admin-intro">{text.peopleNote}</p>
              <div className="abmfa-admin-charts">
                <AdoptionOverTimeFigure {...section} rtl={rtl} />
                <ChannelSplitFigure {...section} rtl={rtl} />
              </div>
            </>
          ) : (
            // Only API-only accounts in the filter: "0 % adoption, 0 off" would contradict
            // the role table, which lists them; the guide's word for them is the figure.
            <p className="abmfa-admin-notice" role="note" data-not-applicable="">
              {text.advice.not_applicable}
            </p>
          )}
          {record ? (
            <UserRecord
              key={record.userId}
              client={client}
              userId={record.userId}
              email={record.email}
              text={text}
              locale={locale}
              format={section.format}
              onClose={closeRecord}
            />
          ) : null}
          <DashboardLists {...section} openPerson={openPerson} />
        </>
      ) : (
        <p className="abmfa-admin-notice" role="note" data-no-mfa-fields="">
          {text.noMfaFields}
        </p>
      )}
    </>
  );
}
