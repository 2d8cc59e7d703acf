'use client';

import type { DashboardSectionProps } from './model/dashboard-format.ts';

/** The headline cards: the adoption rate, then how many people use each channel. */
export function AdoptionCards({ figures, text, format }: DashboardSectionProps) {
  return (
    <div className="abmfa-admin-cards">
      <div className="abmfa-admin-card" data-figure="adoption">
        <p className="abmfa-admin-card-label">{text.adoption}</p>
        <p className="abmfa-admin-card-value">{format.rate(figures.rate)}</p>
        <p className="abmfa-admin-card-detail">
          {text.adoptionDetail(figures.enabled, figures.people)}
        </p>
      </div>
      {(['totp', 'email', 'off'] as const).map((kind) => (
        <div key={kind} className="abmfa-admin-card" data-figure={kind}>
          <p className="abmfa-admin-card-label">{text.channels[kind]}</p>
          <p className="abmfa-admin-card-value">{format.count(figures.channels[kind])}</p>
        </div>
      ))}
    </div>
  );
}
