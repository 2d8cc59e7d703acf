// Brazilian Portuguese strings of RequireMfa. Same keys as ../../require-mfa/messages.ts (a
// test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: 'Verificando a autenticação em dois fatores…',
  regionLabel: 'Autenticação em dois fatores obrigatória',
  needsTotp: 'Esta página exige um app autenticador. Configure-o para continuar.',
  needsEmail: 'Esta página exige códigos por e-mail. Configure-os para continuar.',
  needsAny: 'Esta página exige a autenticação em dois fatores. Ative-a para continuar.',
  switchToTotp:
    'Esta página exige um app autenticador, e você usa códigos por e-mail. Confirme sua senha para desativar os códigos por e-mail e depois configure o app.',
  switchToEmail:
    'Esta página exige códigos por e-mail, e você usa um app autenticador. Confirme sua senha para desativá-lo e depois configure os códigos por e-mail.',
  confirmBackupCodes:
    'Esta página exige que seus códigos de backup estejam guardados em lugar seguro. Eles são o caminho de volta se você perder seu segundo fator.',
  confirmBackupCodesLabel: 'Guardei meus códigos de backup',
  confirm: 'Continuar',
  retry: 'Tentar de novo',
} satisfies RequireMfaMessages;
