// Spanish strings of RequireMfa. Same keys as ../../require-mfa/messages.ts (a test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: 'Comprobando la verificación en dos pasos…',
  regionLabel: 'Se requiere la verificación en dos pasos',
  needsTotp: 'Esta página requiere una app de autenticación. Configúrala para continuar.',
  needsEmail: 'Esta página requiere códigos por correo. Configúralos para continuar.',
  needsAny: 'Esta página requiere la verificación en dos pasos. Actívala para continuar.',
  switchToTotp:
    'Esta página requiere una app de autenticación y tú usas códigos por correo. Confirma tu contraseña para desactivar los códigos por correo y luego configura la app.',
  switchToEmail:
    'Esta página requiere códigos por correo y tú usas una app de autenticación. Confirma tu contraseña para desactivarla y luego configura los códigos por correo.',
  confirmBackupCodes:
    'Esta página requiere que hayas guardado tus códigos de respaldo en un lugar seguro. Son tu forma de volver a entrar si pierdes tu segundo factor.',
  confirmBackupCodesLabel: 'He guardado mis códigos de respaldo',
  confirm: 'Continuar',
  retry: 'Reintentar',
} satisfies RequireMfaMessages;
