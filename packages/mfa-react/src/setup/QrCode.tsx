'use client';

import { encodeQrCode } from '@authblock/mfa-core';
import { useMemo } from 'react';

export interface QrCodeProps {
  /** The text to encode (the `otpauth://` URI). */
  value: string;
  /** Width and height in CSS pixels. */
  size: number;
  /** What a screen reader says, and the tooltip. */
  label: string;
}

/**
 * A QR code as one SVG image: a white square and one path of the dark modules, each
 * row's runs merged. No margin of its own: the container gives the light quiet zone.
 */
export function QrCode({ value, size, label }: QrCodeProps) {
  const [side, path] = useMemo(() => {
    const modules = encodeQrCode(value);
    let d = '';
    modules.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) {
        if (!row[x]) continue;
        const start = x;
        while (row[x + 1]) x++;
        d += `M${start} ${y}h${x + 1 - start}v1H${start}z`;
      }
    });
    return [modules.length, d] as const;
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <title>{label}</title>
      <path fill="#fff" d={`M0 0h${side}v${side}H0z`} />
      <path fill="#000" d={path} />
    </svg>
  );
}
