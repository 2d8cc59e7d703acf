// Brazilian Portuguese. Same keys as the English map in ../../provider/messages.ts (a test checks every
// catalogue).
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, plural, waitDuration } from '../format.ts';

const locale = 'pt-BR';

export const messages = {
  codeLabel: 'Código de verificação',
  backupCodeLabel: 'Código de backup',
  codeHint: 'Digite o código de 6 dígitos.',
  backupCodeHint: 'Digite um dos seus códigos de backup. Espaços e hifens são ignorados.',
  verify: 'Verificar',
  verifying: 'Verificando…',
  continue: 'Continuar',
  cancel: 'Cancelar',
  back: 'Voltar',
  retry: 'Tentar de novo',
  loading: 'Carregando…',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie você mesmo.',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `Reenviar código em ${time}`,
  resend: 'Reenviar código',
  resending: 'Enviando…',
  codeResent: 'Um novo código está a caminho.',
  emailNewCode: 'Enviar um novo código por e-mail',
  codeResentIfEmail: 'Se você recebe seus códigos por e-mail, um novo está a caminho.',
  lockedOut: (time: string) => `Você poderá tentar de novo em ${time}.`,
  lockedOutFor: (seconds: number) =>
    `Tentativas demais. Tente de novo em ${waitDuration(locale, seconds)}.`,
  lockoutOver: 'Você já pode tentar de novo.',
  attemptsLeft: (count: number) =>
    plural(locale, count, { one: 'Resta # tentativa.', other: 'Restam # tentativas.' }),
  codeDigitsOnly: 'Um código tem só dígitos: o campo deixou de fora todo o resto.',
  backupCodeCharactersOnly:
    'Um código de backup tem só letras e dígitos: o campo deixou de fora todo o resto.',
  codeIncomplete: (count: number) =>
    plural(locale, count, {
      other: 'O código tem # dígitos: digite todos. Nada foi enviado.',
    }),
  backupCodeIncomplete: (count: number) =>
    plural(locale, count, {
      other: 'Um código de backup tem # letras ou dígitos: digite todos. Nada foi enviado.',
    }),

  channelTotp: 'App autenticador',
  channelEmail: 'E-mail',

  backupHeading: 'Salve seus códigos de backup',
  backupIntro:
    'Se você perder o celular ou não conseguir acessar seu e-mail, entre com um destes códigos. Cada código funciona uma única vez.',
  backupOnce: 'Eles não serão mostrados de novo.',
  backupListLabel: 'Códigos de backup',
  backupStoreAdvice:
    'Guarde-os em um gerenciador de senhas ou imprima-os. Não os guarde no mesmo aparelho do seu app autenticador.',
  copyAll: 'Copiar todos',
  download: 'Baixar .txt',
  print: 'Imprimir',
  backupConfirm: 'Salvei estes códigos',
  backupConfirmRequired: 'Confirme que você salvou seus códigos de backup para continuar.',
  backupFileName: 'codigos-de-backup.txt',
  backupFileTitle: 'Códigos de backup da autenticação em dois fatores',
  backupFileNote: 'Cada código funciona uma única vez. Guarde este arquivo em um lugar seguro.',
  backupFileApp: 'Aplicativo',
  backupFileAccount: 'Conta',
  backupFileDate: 'Criados em',

  challengeHeading: 'Autenticação em dois fatores',
  challengeTotpHint: 'Digite o código de 6 dígitos do seu app autenticador.',
  challengeAnyCodeHint:
    'Digite o código de 6 dígitos do seu app autenticador ou, se você recebe seus códigos por e-mail, o do e-mail mais recente.',
  switchToAnyCode: 'Usar um código do app ou do e-mail',
  challengeEmailHint: (address: string) =>
    `Digite o código de 6 dígitos que enviamos para ${address}.`,
  challengeEmailHintGeneric: 'Digite o código de 6 dígitos que enviamos para seu e-mail.',
  emailExpiry: (minutes: number) =>
    `O código expira em ${formatDuration(locale, minutes, 'minute')}.`,
  switchToBackupCode: 'Usar um código de backup',
  switchToChannelCode: (channel: string) => `Usar o código de: ${channel}`,
  challengeEmailSecondCode: (address: string) =>
    `Enviamos um segundo código, diferente, para ${address}. Ele está na mesma caixa de entrada do código de acesso que você acabou de usar: digite o mais recente.`,
  challengeEmailSecondCodeGeneric:
    'Enviamos um segundo código, diferente, para a mesma caixa de entrada do código de acesso que você acabou de usar: digite o mais recente.',
  signedIn: 'Você entrou.',

  backupNudge: (remaining: number) =>
    `Você entrou com um código de backup — ${plural(locale, remaining, { one: 'resta #', other: 'restam #' })}.`,
  backupNudgeTotp: 'Configurar seu app autenticador de novo?',
  backupNudgeEmail: 'Configurar seus códigos por e-mail de novo?',
  backupNudgeAny: 'Configurar a autenticação em dois fatores de novo?',
  backupNudgeAction: 'Configurar de novo',
  dismiss: 'Dispensar',

  signInHeading: 'Entrar',
  emailLabel: 'E-mail',
  passwordLabel: 'Senha',
  signIn: 'Entrar',
  signingIn: 'Entrando…',
  fillCredentials: 'Digite seu e-mail e sua senha.',
  fillEmail: 'Digite seu endereço de e-mail.',
  fillPassword: 'Digite sua senha.',
  fillCode: 'Digite o código.',
  passwordlessHeading: 'Entrar com um código por e-mail',
  passwordlessIntro: 'Vamos enviar um código de acesso para seu e-mail.',
  sendCode: 'Enviar um código',
  sendingCode: 'Enviando…',
  passwordlessCodeHeading: 'Confira seu e-mail',
  passwordlessCodeSent: (email: string) =>
    `Se existir uma conta para ${email}, enviamos para ela um código de acesso.`,
  passwordlessCodeLabel: 'Código de acesso',
  passwordlessCodeCleared: 'Muitos códigos errados: este código não vale mais. Peça um novo.',
  passwordlessWrongCode:
    'Esse código de acesso não está correto. Confira o e-mail mais recente e tente de novo.',
  changeEmail: 'Usar outro e-mail',

  disableHeading: 'Desativar a autenticação em dois fatores',
  disableIntro: 'Sua conta ficará protegida só pela senha. Confirme com sua senha.',
  disable: 'Desativar',
  disabling: 'Desativando…',
  disableWrongPassword: 'Essa senha não está correta.',

  'error.invalid_mfa_code': 'Esse código não está correto. Confira e tente de novo.',
  'error.code_expired': 'Esse código expirou. Peça um novo.',
  'error.code_used': 'Esse código já foi usado. Digite o próximo código que seu app mostrar.',
  'error.code_replaced':
    'Um código mais recente foi enviado, então este não funciona mais. Digite o código do e-mail mais recente.',
  newestCodeOnly: 'Só funciona o código do e-mail mais recente.',
  newestCodeOnlyIfEmail:
    'Se você recebe os códigos por e-mail, só funciona o do e-mail mais recente.',
  'error.code_not_requested': 'Não há código pendente para este endereço. Peça um novo.',
  'error.too_many_attempts':
    'Códigos errados demais. Para sua segurança, aguarde antes de tentar de novo.',
  'error.rate_limited': 'Acabamos de enviar um código. Aguarde um pouco antes de pedir outro.',
  'error.invalid_credentials': 'O e-mail ou a senha não estão corretos.',
  'error.mfa_already_enabled': 'A autenticação em dois fatores já está ativada.',
  'error.mfa_setup_incomplete': 'A configuração não terminou. Comece de novo.',
  'error.mfa_not_enabled': 'A autenticação em dois fatores está desativada.',
  'error.unauthorized': 'Sua sessão terminou. Entre de novo.',
  'error.forbidden': 'Você não tem permissão para fazer isso.',
  'error.validation_error': 'Confira o que você digitou e tente de novo.',
  'error.server_error': 'Algo deu errado do nosso lado. Tente de novo.',
  'error.network': 'Não foi possível falar com o servidor. Confira sua conexão e tente de novo.',
  'error.offline': 'Você está offline — confira sua conexão.',
  'error.response': 'O servidor enviou uma resposta que não conseguimos ler. Tente de novo.',
  'error.generic': 'Algo deu errado. Tente de novo.',

  setupHeading: 'Configurar a autenticação em dois fatores',
  setupIntro: 'Escolha como você vai confirmar que é você ao entrar.',
  channelLegend: 'Método de verificação',
  recommendedBadge: '(recomendado)',
  channelEmailDescription:
    'Mais simples: enviamos um código por e-mail quando você entra. Não precisa de app.',
  channelTotpDescription:
    'Mais seguro: os códigos vêm de um app no seu celular, funcionam off-line e não podem ser lidos por quem invadir seu e-mail. Melhor se sua conta pode mudar o acesso de outras pessoas ou ver dados sensíveis.',
  channelRecommended: 'Recomendado',
  startSetup: 'Continuar',
  startingSetup: 'Iniciando…',

  totpHeading: 'Configure seu app autenticador',
  totpScan: 'Escaneie este QR code com seu app autenticador.',
  totpQrLabel: 'QR code para seu app autenticador',
  totpApps: 'Funciona com:',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: 'Não consegue escanear? Digite a chave manualmente',
  totpManualIntro: 'No seu app, adicione uma conta e digite estes dados:',
  totpIssuer: 'Nome do serviço',
  totpAccount: 'Conta',
  copyIssuer: 'Copiar o nome do serviço',
  copyAccount: 'Copiar a conta',
  totpKey: 'Chave',
  totpKeyType: 'Tipo',
  totpKeyTypeValue: 'Baseada em tempo',
  copyKey: 'Copiar a chave',
  totpRestarted:
    'A configuração recomeçou, então esta é uma chave nova. Os códigos da entrada que você adicionou antes não funcionam mais: remova essa entrada do seu app.',
  totpCodeHint: 'Digite o código de 6 dígitos que seu app mostra.',
  enable: 'Ativar',
  enabling: 'Ativando…',

  emailHeading: 'Confirme seu e-mail',
  emailSentTo: (address: string) => `Enviamos um código de 6 dígitos para ${address}.`,
  emailSentToYou: 'Enviamos um código de 6 dígitos para seu endereço de e-mail.',
  emailCodeHint: 'Digite o código do e-mail.',

  done: 'Concluir',
  setupDoneHeading: 'A autenticação em dois fatores está ativada',
  setupDoneText: (channel: string) => `Vamos pedir um código (${channel}) quando você entrar.`,

  settingsHeading: 'Autenticação em dois fatores',
  statusLabel: 'Status',
  statusOn: 'Ativada',
  statusOff: 'Desativada',
  methodLabel: 'Método',
  backupRemainingLabel: 'Códigos de backup restantes',
  backupLow: (count: number) =>
    count === 0
      ? 'Você não tem mais códigos de backup. Configure a autenticação em dois fatores de novo para receber novos.'
      : `${plural(locale, count, { one: 'Só resta # código de backup.', other: 'Só restam # códigos de backup.' })} Configure a autenticação em dois fatores de novo para receber novos.`,
  backupUnconfirmed:
    'Você não confirmou que salvou seus códigos de backup. Sem eles, perder o celular ou o acesso ao e-mail pode deixar você fora da conta.',
  backupNewCodes: 'Obter novos códigos de backup',
  backupNewCodesIntro:
    'Novos códigos de backup vêm com uma nova configuração: configure a autenticação em dois fatores de novo (seus códigos atuais deixam de funcionar).',
  settingsOffText: 'Adicione uma segunda etapa ao entrar para proteger sua conta.',
  turnOn: 'Ativar',
  switchMethod: 'Trocar de método',
  switchIntro:
    'Para trocar de método, desative a autenticação em dois fatores e configure-a de novo. Seus códigos de backup atuais deixam de funcionar; você recebe novos.',
  switchUnfinished:
    'A autenticação em dois fatores está desativada: a troca de método não foi concluída. Até você configurá-la de novo, só sua senha protege sua conta.',
  switchFinish: 'Concluir a configuração',
  turnOff: 'Desativar',
} satisfies MfaMessages;
