// Brazilian Portuguese admin strings. Same keys as the English map in ../messages.ts (a
// test checks every catalogue).
import { formatNumber, plural } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'pt-BR';
const n = (count: number) => formatNumber(locale, count);

export const messages = {
  title: 'Adoção de MFA',
  roleFilter: 'Função',
  allRoles: 'Todas as funções',
  rangeFilter: 'Período',
  ranges: { '30d': 'Últimos 30 dias', '90d': 'Últimos 90 dias', '12m': 'Últimos 12 meses' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null ? 'Carregando usuários…' : `${n(loaded)} de ${n(total)} usuários carregados`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Carregando eventos de auditoria…'
      : `${n(loaded)} de ${n(total)} eventos de auditoria carregados`,
  forbidden: 'Só administradores do tenant podem ver isto. Entre com uma conta de owner ou admin.',
  failed: 'Não foi possível carregar os dados do tenant.',
  retry: 'Tentar de novo',
  emptyTenant: 'Este tenant ainda não tem usuários.',
  noMfaFields:
    'Os registros de usuário deste servidor não têm o campo mfa_enabled, então não dá para medir a adoção (ela não é 0 %). Peça à Auth Block para incluir mfa_enabled e mfa_channel nos registros de usuário.',
  adoption: 'Adoção',
  adoptionDetail: (enabled: number, people: number) =>
    plural(locale, people, {
      one: `${n(enabled)} de # pessoa usa a autenticação em dois fatores`,
      other: `${n(enabled)} de # pessoas usam a autenticação em dois fatores`,
    }),
  peopleNote: 'Contas só de API ficam de fora: segundo o guia, a MFA não se aplica a elas.',
  channels: {
    totp: 'App autenticador',
    email: 'Códigos por e-mail',
    off: 'Desativada',
    unknown: 'Desconhecido',
  },
  overTime: 'Adoção ao longo do tempo',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `A adoção foi de ${first} em ${from} para ${last} em ${to}.`,
  channelSplit: 'Métodos',
  channelSummary: (totp: number, email: number, off: number) =>
    `App autenticador: ${n(totp)}. Códigos por e-mail: ${n(email)}. MFA desativada: ${n(off)}.`,
  byRole: 'Adoção por função',
  recommendation: 'Conselho do guia',
  advice: {
    totp: 'Recomendar fortemente TOTP (app autenticador)',
    email: 'Recomendar códigos por e-mail como um começo simples',
    not_applicable: 'MFA não se aplica: usar tokens de serviço',
  },
  gapsTitle: 'Owners e admins sem app autenticador',
  gapsEmpty: 'Todos os owners e admins usam um app autenticador.',
  backupTitle: 'Acessos com código de backup',
  backupIntro: (uses: number) =>
    `Uso frequente (${n(uses)} ou mais vezes) pode significar que alguém perdeu o aparelho com o app autenticador.`,
  backupEmpty: 'Ninguém entrou com um código de backup neste período.',
  failuresTitle: 'Falhas repetidas',
  failuresIntro: (failures: number) => `${n(failures)} ou mais códigos errados em uma hora.`,
  failuresEmpty: 'Nenhuma falha repetida neste período.',
  churnTitle: 'Ativações e desativações frequentes',
  churnIntro: (disables: number) =>
    `Autenticação em dois fatores desativada ${n(disables)} ou mais vezes.`,
  churnEmpty: 'Nenhuma ativação e desativação frequente neste período.',
  burstsTitle: 'Picos de falhas',
  burstsIntro: (failures: number, people: number) =>
    `${n(failures)} ou mais códigos errados de ${n(people)} ou mais pessoas em uma hora.`,
  burstsEmpty: 'Nenhum pico neste período.',
  exportCsv: 'Exportar CSV',
  showTable: 'Ver como tabela',
  showChart: 'Ver como gráfico',
  columns: {
    role: 'Função',
    users: 'Usuários',
    rate: 'Adoção',
    email: 'E-mail',
    name: 'Nome',
    channel: 'Método',
    uses: 'Usos',
    lastUse: 'Último uso',
    failures: 'Falhas',
    first: 'Primeira',
    last: 'Última',
    locked: 'Bloqueado',
    disables: 'Desativações',
    enables: 'Ativações',
    start: 'Início',
    people: 'Pessoas',
    addresses: 'Endereços IP',
    date: 'Data',
    count: 'Quantidade',
    time: 'Horário',
    action: 'Ação',
    actor: 'Usuário',
    status: 'Status',
    details: 'Detalhes',
    ip: 'Endereço IP',
  },
  yes: 'Sim',
  no: 'Não',
  notApplicable: '—',
  eventsTitle: 'Eventos de auditoria',
  eventsListTitle: 'Eventos desta página',
  actionFilter: 'Ação',
  allActions: 'Todos os eventos de MFA e de login',
  statusFilter: 'Status',
  anyStatus: 'Qualquer',
  success: 'Sucesso',
  failure: 'Falha',
  actorFilter: 'E-mail do usuário',
  fromFilter: 'De',
  toFilter: 'Até',
  apply: 'Aplicar filtros',
  previous: 'Anterior',
  next: 'Próxima',
  pageOf: (page: number, pages: number) => `Página ${n(page)} de ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) => plural(locale, total, { one: '# evento', other: '# eventos' }),
  eventsEmpty: 'Nenhum evento corresponde a estes filtros.',
  exportAllEvents: (total: number) =>
    plural(locale, total, {
      one: 'Exportar # evento como CSV',
      other: 'Exportar os # eventos como CSV',
    }),
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Exportando eventos de auditoria…'
      : `Exportando: ${n(loaded)} de ${n(total)} eventos de auditoria lidos`,
  exportFailed: 'A exportação parou: não foi possível ler os eventos de auditoria.',
  cancel: 'Cancelar',
  loading: 'Carregando…',
} satisfies AdminMessages;
