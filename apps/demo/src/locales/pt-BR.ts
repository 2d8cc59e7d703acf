// Brazilian Portuguese. Same keys as the English map in ../messages.ts (`satisfies` checks them).
import { type DemoMessages, formatNumber, plural } from '../messages.ts';

const locale = 'pt-BR';

export const messages = {
  documentTitle: 'Demo do Auth Block MFA',
  skipToContent: 'Pular para o conteúdo',
  brandSub: 'Demo do Auth Block MFA',
  badgeMock: 'Simulador na página',
  badgeMockReference: 'Simulador na página (dialeto da referência da API)',
  badgeRemote: 'API: {host}',
  language: 'Idioma',
  theme: 'Tema',
  themeSystem: 'Sistema',
  themeLight: 'Claro',
  themeDark: 'Escuro',
  signOut: 'Sair',
  pagesNav: 'Páginas',
  pageSecurity: 'Segurança',
  pageAdmin: 'Administração',
  loadingAdmin: 'Carregando a página de administração…',
  welcome: 'Boas-vindas à Northwind',
  signInIntro: 'Entre com sua senha ou receba um código de uso único por e-mail.',
  signInMethod: 'Forma de entrar',
  usePassword: 'Usar uma senha',
  emailMeCode: 'Enviar um código',
  demoAccount: 'Conta de demonstração',
  email: 'E-mail',
  password: 'Senha',
  demoAccountNote:
    'A autenticação em dois fatores começa desativada. Os códigos enviados por e-mail aparecem na caixa de entrada simulada.',
  tenantAdmin: 'Administrador da organização',
  tenantAdminNote:
    'Vê a página de administração (adoção de MFA entre os 250 usuários do simulador) depois de configurar um app autenticador.',
  signedInAs: 'Você entrou como {email}.',
  goToSecurity: 'Ir para Segurança',
  securityIntro:
    'Conectado como {email}. Adicione uma segunda etapa ao seu login para que uma senha roubada não baste.',
  adminIntro:
    'Conectado como {email}. Aqui os administradores usam um app autenticador, como o guia do Auth Block recomenda. Esta tela exige isso (RequireMfa, um bloqueio de tela); só um servidor pode negar os dados a um token sem ele.',
  mockPanel: 'Backend simulado',
  mockHeading: 'Rodando no simulador na página',
  mockIntro:
    'O backend de referência roda dentro desta página (o service worker do msw). Seus usuários, códigos, e-mails e relógio ficam neste navegador, então recarregar não muda nada.',
  resetDemo: 'Redefinir os dados da demo',
  mockRealApi: 'Compile com {url} e {key} para usar uma API real do Auth Block ou {mock}.',
  inboxHeading: 'Caixa de entrada simulada',
  inboxIntro:
    'Cada e-mail que o backend simulado enviou, do mais recente ao mais antigo, com o código. Um backend real os envia por e-mail.',
  inboxChecking: 'Verificando…',
  inboxEmpty: 'Nenhum e-mail ainda.',
  inboxCount: (count: number, shown: number) => {
    const emails = plural(locale, count, { one: '# e-mail', other: '# e-mails' });
    return count > shown
      ? `${emails}; os ${formatNumber(locale, shown)} mais recentes aparecem aqui`
      : emails;
  },
  inboxList: 'E-mails, do mais recente ao mais antigo',
  inboxTo: 'Para {to} · {time}',
  inboxCode: 'Código:',
} satisfies DemoMessages;
