// Spanish. Same keys as the English map in ../messages.ts (`satisfies` checks them).
import { type DemoMessages, formatNumber, plural } from '../messages.ts';

const locale = 'es';

export const messages = {
  documentTitle: 'Demo de Auth Block MFA',
  skipToContent: 'Ir al contenido',
  brandSub: 'Demo de Auth Block MFA',
  badgeMock: 'Simulador en la página',
  badgeMockReference: 'Simulador en la página (dialecto de la referencia de la API)',
  badgeRemote: 'API: {host}',
  language: 'Idioma',
  theme: 'Tema',
  themeSystem: 'Sistema',
  themeLight: 'Claro',
  themeDark: 'Oscuro',
  signOut: 'Cerrar sesión',
  pagesNav: 'Páginas',
  pageSecurity: 'Seguridad',
  pageAdmin: 'Administración',
  loadingAdmin: 'Cargando la página de administración…',
  welcome: 'Te damos la bienvenida a Northwind',
  signInIntro: 'Inicia sesión con tu contraseña o recibe un código de un solo uso por correo.',
  signInMethod: 'Forma de iniciar sesión',
  usePassword: 'Usar una contraseña',
  emailMeCode: 'Enviarme un código',
  demoAccount: 'Cuenta de demostración',
  email: 'Correo electrónico',
  password: 'Contraseña',
  demoAccountNote:
    'La verificación en dos pasos empieza desactivada. Los códigos enviados por correo aparecen en la bandeja simulada.',
  tenantAdmin: 'Administrador de la organización',
  tenantAdminNote:
    'Ve la página de administración (adopción de MFA entre los 250 usuarios del simulador) después de configurar una app de autenticación.',
  signedInAs: 'Has iniciado sesión como {email}.',
  goToSecurity: 'Ir a Seguridad',
  securityIntro:
    'Sesión iniciada como {email}. Añade un segundo paso al inicio de sesión para que una contraseña robada no baste.',
  adminIntro:
    'Sesión iniciada como {email}. Aquí los administradores usan una app de autenticación, como aconseja la guía de Auth Block. Esta pantalla lo pide (RequireMfa, un control de pantalla); solo un servidor puede negar los datos a un token sin ella.',
  mockPanel: 'Backend simulado',
  mockHeading: 'Funcionando con el simulador en la página',
  mockIntro:
    'El backend de referencia se ejecuta dentro de esta página (el service worker de msw). Sus usuarios, códigos, correos y reloj se guardan en este navegador, así que recargar no cambia nada.',
  resetDemo: 'Restablecer los datos de la demo',
  mockRealApi: 'Compila con {url} y {key} para usar una API real de Auth Block o {mock}.',
  inboxHeading: 'Bandeja simulada',
  inboxIntro:
    'Cada correo que envió el backend simulado, del más reciente al más antiguo, con su código. Un backend real los envía por correo.',
  inboxChecking: 'Comprobando…',
  inboxEmpty: 'Aún no hay correos.',
  inboxCount: (count: number, shown: number) => {
    const emails = plural(locale, count, { one: '# correo', other: '# correos' });
    return count > shown
      ? `${emails}; se muestran los ${formatNumber(locale, shown)} más recientes`
      : emails;
  },
  inboxList: 'Correos, del más reciente al más antiguo',
  inboxTo: 'Para {to} · {time}',
  inboxCode: 'Código:',
} satisfies DemoMessages;
