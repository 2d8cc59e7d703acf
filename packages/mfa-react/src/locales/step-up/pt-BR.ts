// Brazilian Portuguese strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'Confirme que é você',
  codeIntro: 'Para continuar, digite o código de 6 dígitos do seu app autenticador.',
  backupIntro: 'Para continuar, digite um dos seus códigos de backup. Ele será usado.',
  passwordIntro: 'Para continuar, entre de novo: primeiro sua senha, depois seu segundo fator.',
  passwordLabel: 'Senha',
  confirm: 'Confirmar',
  confirming: 'Confirmando…',
  cancel: 'Cancelar',
  useBackupCode: 'Usar um código de backup',
  useAppCode: 'Usar o código do seu app',
  missingPassword: 'Digite sua senha.',
  missingCode: 'Digite o código.',
  wrongAccount: 'Essa senha é de outra conta. Entre com a sua para continuar.',
  stepUpRequired: 'Confirme de novo que é você.',
  actionFailed: 'Você foi confirmado, mas a ação não foi concluída.',
  clockHint:
    'Os códigos de um app autenticador dependem da hora do seu celular: um relógio adiantado ou atrasado em um minuto ou mais faz todo código dar errado. Ative data e hora automáticas (Android: Configurações › Sistema › Data e hora › Definir hora automaticamente; iPhone: Ajustes › Geral › Data e Hora › Definir Automaticamente). No Android, o Google Authenticator também tem Configurações › Correção de horário para códigos › Sincronizar agora.',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `O relógio deste dispositivo está cerca de ${formatDuration('pt-BR', minutes, 'minute')} ${isAhead ? 'adiantado' : 'atrasado'}. Se o seu app autenticador estiver neste dispositivo, corrija a hora dele primeiro.`,
} satisfies StepUpMessages;
