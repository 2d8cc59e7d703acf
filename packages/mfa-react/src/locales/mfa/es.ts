// Spanish. Same keys as the English map in ../../provider/messages.ts (a test checks every catalogue).
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, plural, waitDuration } from '../format.ts';

const locale = 'es';

export const messages = {
  codeLabel: 'Código de verificación',
  backupCodeLabel: 'Código de respaldo',
  codeHint: 'Introduce el código de 6 dígitos.',
  backupCodeHint: 'Introduce uno de tus códigos de respaldo. Se ignoran los espacios y guiones.',
  verify: 'Verificar',
  verifying: 'Verificando…',
  continue: 'Continuar',
  cancel: 'Cancelar',
  back: 'Atrás',
  retry: 'Reintentar',
  loading: 'Cargando…',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo tú.',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `Reenviar código en ${time}`,
  resend: 'Reenviar código',
  resending: 'Enviando…',
  codeResent: 'Te enviamos un código nuevo.',
  emailNewCode: 'Enviarme un código nuevo por correo',
  codeResentIfEmail: 'Si recibes tus códigos por correo, hay uno nuevo en camino.',
  lockedOut: (time: string) => `Podrás volver a intentarlo en ${time}.`,
  lockedOutFor: (seconds: number) =>
    `Demasiados intentos. Vuelve a intentarlo en ${waitDuration(locale, seconds)}.`,
  lockoutOver: 'Ya puedes volver a intentarlo.',
  attemptsLeft: (count: number) =>
    plural(locale, count, { one: 'Te queda # intento.', other: 'Te quedan # intentos.' }),
  codeDigitsOnly: 'Un código solo tiene dígitos: el campo dejó fuera todo lo demás.',
  backupCodeCharactersOnly:
    'Un código de respaldo solo tiene letras y dígitos: el campo dejó fuera todo lo demás.',
  codeIncomplete: (count: number) =>
    plural(locale, count, {
      other: 'El código tiene # dígitos: introdúcelos todos. No se ha enviado nada.',
    }),
  backupCodeIncomplete: (count: number) =>
    plural(locale, count, {
      other:
        'Un código de respaldo tiene # letras o dígitos: introdúcelos todos. No se ha enviado nada.',
    }),

  channelTotp: 'App de autenticación',
  channelEmail: 'Correo electrónico',

  backupHeading: 'Guarda tus códigos de respaldo',
  backupIntro:
    'Si pierdes el teléfono o no puedes acceder a tu correo, inicia sesión con uno de estos códigos. Cada código funciona una sola vez.',
  backupOnce: 'No volverán a mostrarse.',
  backupListLabel: 'Códigos de respaldo',
  backupStoreAdvice:
    'Guárdalos en un gestor de contraseñas o imprímelos. No los guardes en el mismo dispositivo que tu app de autenticación.',
  copyAll: 'Copiar todos',
  download: 'Descargar .txt',
  print: 'Imprimir',
  backupConfirm: 'He guardado estos códigos',
  backupConfirmRequired: 'Confirma que has guardado tus códigos de respaldo para continuar.',
  backupFileName: 'codigos-de-respaldo.txt',
  backupFileTitle: 'Códigos de respaldo de la verificación en dos pasos',
  backupFileNote: 'Cada código funciona una sola vez. Guarda este archivo en un lugar seguro.',
  backupFileApp: 'Aplicación',
  backupFileAccount: 'Cuenta',
  backupFileDate: 'Creados',

  challengeHeading: 'Verificación en dos pasos',
  challengeTotpHint: 'Introduce el código de 6 dígitos de tu app de autenticación.',
  challengeAnyCodeHint:
    'Introduce el código de 6 dígitos de tu app de autenticación o, si recibes tus códigos por correo, el del correo más reciente.',
  switchToAnyCode: 'Usar un código de la app o del correo',
  challengeEmailHint: (address: string) =>
    `Introduce el código de 6 dígitos que enviamos a ${address}.`,
  challengeEmailHintGeneric: 'Introduce el código de 6 dígitos que enviamos a tu correo.',
  emailExpiry: (minutes: number) =>
    `El código caduca en ${formatDuration(locale, minutes, 'minute')}.`,
  switchToBackupCode: 'Usar un código de respaldo',
  switchToChannelCode: (channel: string) => `Usar un código de ${channel.toLowerCase()}`,
  challengeEmailSecondCode: (address: string) =>
    `Enviamos un segundo código, distinto, a ${address}. Está en la misma bandeja que el código de inicio de sesión que acabas de usar: introduce el más reciente.`,
  challengeEmailSecondCodeGeneric:
    'Enviamos un segundo código, distinto, a la misma bandeja que el código de inicio de sesión que acabas de usar: introduce el más reciente.',
  signedIn: 'Sesión iniciada.',

  backupNudge: (remaining: number) =>
    `Iniciaste sesión con un código de respaldo: ${plural(locale, remaining, { one: 'queda #', other: 'quedan #' })}.`,
  backupNudgeTotp: '¿Configuras de nuevo tu app de autenticación?',
  backupNudgeEmail: '¿Configuras de nuevo tus códigos por correo?',
  backupNudgeAny: '¿Configuras de nuevo la verificación en dos pasos?',
  backupNudgeAction: 'Configurar de nuevo',
  dismiss: 'Descartar',

  signInHeading: 'Iniciar sesión',
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  signIn: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  fillCredentials: 'Introduce tu correo y tu contraseña.',
  fillEmail: 'Introduce tu dirección de correo.',
  fillPassword: 'Introduce tu contraseña.',
  fillCode: 'Introduce el código.',
  passwordlessHeading: 'Iniciar sesión con un código por correo',
  passwordlessIntro: 'Te enviaremos por correo un código de inicio de sesión.',
  sendCode: 'Enviarme un código',
  sendingCode: 'Enviando…',
  passwordlessCodeHeading: 'Revisa tu correo',
  passwordlessCodeSent: (email: string) =>
    `Si existe una cuenta para ${email}, le enviamos un código de inicio de sesión.`,
  passwordlessCodeLabel: 'Código de inicio de sesión',
  passwordlessCodeCleared:
    'Demasiados códigos incorrectos: este código ya no sirve. Pide uno nuevo.',
  passwordlessWrongCode:
    'Ese código de inicio de sesión no es correcto. Revisa el correo más reciente y vuelve a intentarlo.',
  changeEmail: 'Usar otro correo',

  disableHeading: 'Desactivar la verificación en dos pasos',
  disableIntro: 'Tu cuenta quedará protegida solo por tu contraseña. Confírmalo con tu contraseña.',
  disable: 'Desactivar',
  disabling: 'Desactivando…',
  disableWrongPassword: 'Esa contraseña no es correcta.',

  'error.invalid_mfa_code': 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
  'error.code_expired': 'Ese código ha caducado. Pide uno nuevo.',
  'error.code_used': 'Ese código ya se usó. Introduce el siguiente código que muestre tu app.',
  'error.code_replaced':
    'Se envió un código más reciente, así que este ya no sirve. Introduce el código del correo más reciente.',
  newestCodeOnly: 'Solo funciona el código del correo más reciente.',
  newestCodeOnlyIfEmail:
    'Si recibes los códigos por correo, solo funciona el del correo más reciente.',
  'error.code_not_requested': 'No hay ningún código pendiente para esta dirección. Pide uno nuevo.',
  'error.too_many_attempts':
    'Demasiados códigos incorrectos. Por tu seguridad, espera antes de volver a intentarlo.',
  'error.rate_limited': 'Acabamos de enviar un código. Espera un momento antes de pedir otro.',
  'error.invalid_credentials': 'El correo o la contraseña no son correctos.',
  'error.mfa_already_enabled': 'La verificación en dos pasos ya está activada.',
  'error.mfa_setup_incomplete': 'La configuración no ha terminado. Empieza de nuevo.',
  'error.mfa_not_enabled': 'La verificación en dos pasos está desactivada.',
  'error.unauthorized': 'Tu sesión ha terminado. Inicia sesión de nuevo.',
  'error.forbidden': 'No tienes permiso para hacer eso.',
  'error.validation_error': 'Revisa lo que has introducido y vuelve a intentarlo.',
  'error.server_error': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo.',
  'error.network': 'No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.',
  'error.offline': 'Estás sin conexión: revisa tu conexión.',
  'error.response': 'El servidor envió una respuesta que no pudimos leer. Vuelve a intentarlo.',
  'error.generic': 'Algo ha fallado. Vuelve a intentarlo.',

  setupHeading: 'Configurar la verificación en dos pasos',
  setupIntro: 'Elige cómo confirmarás que eres tú al iniciar sesión.',
  channelLegend: 'Método de verificación',
  recommendedBadge: '(recomendado)',
  channelEmailDescription:
    'Más sencillo: te enviamos un código por correo al iniciar sesión. No necesitas ninguna app.',
  channelTotpDescription:
    'Más seguro: los códigos vienen de una app en tu teléfono, funcionan sin conexión y nadie que entre en tu correo puede leerlos. Lo mejor si tu cuenta puede cambiar el acceso de otras personas o ver datos sensibles.',
  channelRecommended: 'Recomendado',
  startSetup: 'Continuar',
  startingSetup: 'Empezando…',

  totpHeading: 'Configura tu app de autenticación',
  totpScan: 'Escanea este código QR con tu app de autenticación.',
  totpQrLabel: 'Código QR para tu app de autenticación',
  totpApps: 'Funciona con:',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: '¿No puedes escanearlo? Introduce la clave a mano',
  totpManualIntro: 'En tu app, añade una cuenta e introduce estos datos:',
  totpIssuer: 'Nombre del servicio',
  totpAccount: 'Cuenta',
  copyIssuer: 'Copiar el nombre del servicio',
  copyAccount: 'Copiar la cuenta',
  totpKey: 'Clave',
  totpKeyType: 'Tipo',
  totpKeyTypeValue: 'Basada en el tiempo',
  copyKey: 'Copiar la clave',
  totpRestarted:
    'La configuración empezó de nuevo, así que esta es una clave nueva. Los códigos de la entrada que añadiste antes ya no funcionan: elimina esa entrada de tu app.',
  totpCodeHint: 'Introduce el código de 6 dígitos que muestra tu app.',
  enable: 'Activar',
  enabling: 'Activando…',

  emailHeading: 'Confirma tu correo',
  emailSentTo: (address: string) => `Enviamos un código de 6 dígitos a ${address}.`,
  emailSentToYou: 'Enviamos un código de 6 dígitos a tu dirección de correo.',
  emailCodeHint: 'Introduce el código del correo.',

  done: 'Listo',
  setupDoneHeading: 'La verificación en dos pasos está activada',
  setupDoneText: (channel: string) => `Te pediremos un código (${channel}) cuando inicies sesión.`,

  settingsHeading: 'Verificación en dos pasos',
  statusLabel: 'Estado',
  statusOn: 'Activada',
  statusOff: 'Desactivada',
  methodLabel: 'Método',
  backupRemainingLabel: 'Códigos de respaldo restantes',
  backupLow: (count: number) =>
    count === 0
      ? 'No te quedan códigos de respaldo. Configura de nuevo la verificación en dos pasos para obtener otros.'
      : `${plural(locale, count, { one: 'Solo te queda # código de respaldo.', other: 'Solo te quedan # códigos de respaldo.' })} Configura de nuevo la verificación en dos pasos para obtener otros.`,
  backupUnconfirmed:
    'No has confirmado que guardaste tus códigos de respaldo. Sin ellos, perder el teléfono o el correo puede dejarte fuera de tu cuenta.',
  backupNewCodes: 'Obtener códigos de respaldo nuevos',
  backupNewCodesIntro:
    'Los códigos de respaldo nuevos llegan con una configuración nueva: configura de nuevo la verificación en dos pasos (tus códigos actuales dejarán de funcionar).',
  settingsOffText: 'Añade un segundo paso al inicio de sesión para proteger tu cuenta.',
  turnOn: 'Activar',
  switchMethod: 'Cambiar de método',
  switchIntro:
    'Para cambiar de método, desactiva la verificación en dos pasos y vuelve a configurarla. Tus códigos de respaldo actuales dejarán de funcionar; recibirás otros nuevos.',
  switchUnfinished:
    'La verificación en dos pasos está desactivada: el cambio de método no se terminó. Hasta que vuelvas a configurarla, solo tu contraseña protege tu cuenta.',
  switchFinish: 'Terminar la configuración',
  turnOff: 'Desactivar',
} satisfies MfaMessages;
