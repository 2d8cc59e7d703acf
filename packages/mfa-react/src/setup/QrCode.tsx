'use client';

import { useState } from 'react';
import ReactQrCode from 'react-qr-code';

export interface QrCodeProps {
  /** The text to encode (the `otpauth://` URI). */
  value: string;
  /** Width and height of the code itself in CSS pixels, without the quiet zone. */
  size: number;
  /** What a screen reader says, and the tooltip. */
  label: string;
}

/** The light margin a reader needs around the code to find it (ISO/IEC 18004), in modules. */
const QUIET_ZONE_MODULES = 4;

/**
 * The code as react-qr-code draws it (one SVG), black on white in every theme, in a white
 * frame whose padding is the quiet zone. This module is loaded on its own (`lazy`, from
 * `TotpSetup`), so only the setup screen pays for the QR library.
 */
export default function QrCode({ value, size, label }: QrCodeProps) {
  // react-qr-code draws the modules edge to edge and picks the version (21 to 177 modules
  // a side) from the value: the module size is known once it has drawn, read from its
  // viewBox. Set in the commit, so the padded frame is what gets painted first; whole
  // pixels, rounded up, so layout never shaves the margin below four modules.
  const [modules, setModules] = useState(0);
  const measure = (frame: HTMLDivElement | null) => {
    const drawn = frame?.querySelector('svg')?.viewBox.baseVal.width;
    if (drawn) setModules(drawn);
  };
  return (
    <div
      ref={measure}
      className="abmfa-totp-setup__qr"
      style={{
        // Part of the code, not of the look: without them no reader decodes it, so they
        // hold without the optional stylesheet, in dark mode and in forced colours.
        background: '#ffffff',
        forcedColorAdjust: 'none',
        ...(modules ? { padding: Math.ceil((QUIET_ZONE_MODULES * size) / modules) } : null),
      }}
    >
      <ReactQrCode
        value={value}
        size={size}
        bgColor="#ffffff"
        fgColor="#000000"
        role="img"
        aria-label={label}
        title={label}
      />
    </div>
  );
}
