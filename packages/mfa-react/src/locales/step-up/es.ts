// Spanish strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'Confirma que eres tú',
  codeIntro: 'Para continuar, introduce el código de 6 dígitos de tu app de autenticación.',
  backupIntro: 'Para continuar, introduce uno de tus códigos de respaldo. Quedará usado.',
  passwordIntro:
    'Para continuar, vuelve a iniciar sesión: primero tu contraseña y después tu segundo factor.',
  passwordLabel: 'Contraseña',
  confirm: 'Confirmar',
  confirming: 'Confirmando…',
  cancel: 'Cancelar',
  useBackupCode: 'Usar un código de respaldo',
  useAppCode: 'Usar el código de tu app',
  missingPassword: 'Introduce tu contraseña.',
  missingCode: 'Introduce el código.',
  wrongAccount: 'Esa contraseña es de otra cuenta. Inicia sesión con la tuya para continuar.',
  stepUpRequired: 'Vuelve a confirmar que eres tú.',
  actionFailed: 'Has confirmado tu identidad, pero la acción no se completó.',
  clockHint:
    'Los códigos de una app de autenticación dependen de la hora de tu teléfono: si su reloj va un minuto o más desfasado, todos los códigos serán incorrectos. Activa la fecha y hora automáticas (Android: Ajustes › Sistema › Fecha y hora › Establecer hora automáticamente; iPhone: Ajustes › General › Fecha y hora › Ajuste automático). Google Authenticator en Android también tiene Ajustes › Corrección de hora para códigos › Sincronizar ahora.',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `El reloj de este dispositivo va unos ${formatDuration('es', minutes, 'minute')} ${isAhead ? 'adelantado' : 'atrasado'}. Si tu app de autenticación está en este dispositivo, corrige primero su hora.`,
} satisfies StepUpMessages;
