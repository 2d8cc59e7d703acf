// Spanish admin strings. Same keys as the English map in ../messages.ts (a test checks
// every catalogue).
import { formatNumber, plural } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'es';
const n = (count: number) => formatNumber(locale, count);

export const messages = {
  title: 'Adopción de MFA',
  roleFilter: 'Rol',
  allRoles: 'Todos los roles',
  rangeFilter: 'Periodo',
  ranges: { '30d': 'Últimos 30 días', '90d': 'Últimos 90 días', '12m': 'Últimos 12 meses' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null ? 'Cargando usuarios…' : `${n(loaded)} de ${n(total)} usuarios cargados`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Cargando eventos de auditoría…'
      : `${n(loaded)} de ${n(total)} eventos de auditoría cargados`,
  forbidden:
    'Solo los administradores del tenant pueden ver esto. Inicia sesión con una cuenta de owner o admin.',
  failed: 'No se pudieron cargar los datos del tenant.',
  retry: 'Reintentar',
  emptyTenant: 'Este tenant aún no tiene usuarios.',
  noMfaFields:
    'Los registros de usuario de este servidor no incluyen el campo mfa_enabled, así que no se puede medir la adopción (no es un 0 %). Pide a Auth Block que incluya mfa_enabled y mfa_channel en los registros de usuario.',
  adoption: 'Adopción',
  adoptionDetail: (enabled: number, people: number) =>
    plural(locale, people, {
      one: `${n(enabled)} de # persona usa la verificación en dos pasos`,
      other: `${n(enabled)} de # personas usan la verificación en dos pasos`,
    }),
  peopleNote: 'No se cuentan las cuentas solo de API: según la guía, la MFA no se aplica a ellas.',
  channels: {
    totp: 'App de autenticación',
    email: 'Códigos por correo',
    off: 'Desactivada',
    unknown: 'Desconocido',
  },
  overTime: 'Adopción a lo largo del tiempo',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `La adopción pasó del ${first} el ${from} al ${last} el ${to}.`,
  channelSplit: 'Métodos',
  channelSummary: (totp: number, email: number, off: number) =>
    `App de autenticación: ${n(totp)}. Códigos por correo: ${n(email)}. MFA desactivada: ${n(off)}.`,
  byRole: 'Adopción por rol',
  recommendation: 'Consejo de la guía',
  advice: {
    totp: 'Recomendar con firmeza TOTP (app de autenticación)',
    email: 'Recomendar códigos por correo como un primer paso sencillo',
    not_applicable: 'La MFA no se aplica: usar tokens de servicio',
  },
  gapsTitle: 'Owners y admins sin app de autenticación',
  gapsEmpty: 'Todos los owners y admins usan una app de autenticación.',
  backupTitle: 'Inicios de sesión con código de respaldo',
  backupIntro: (uses: number) =>
    `Un uso frecuente (${n(uses)} o más veces) puede indicar que alguien perdió el dispositivo con su app de autenticación.`,
  backupEmpty: 'Nadie inició sesión con un código de respaldo en este periodo.',
  failuresTitle: 'Fallos repetidos',
  failuresIntro: (failures: number) => `${n(failures)} o más códigos incorrectos en una hora.`,
  failuresEmpty: 'No hubo fallos repetidos en este periodo.',
  churnTitle: 'Activaciones y desactivaciones frecuentes',
  churnIntro: (disables: number) =>
    `Verificación en dos pasos desactivada ${n(disables)} o más veces.`,
  churnEmpty: 'No hubo activaciones y desactivaciones frecuentes en este periodo.',
  burstsTitle: 'Picos de fallos',
  burstsIntro: (failures: number, people: number) =>
    `${n(failures)} o más códigos incorrectos de ${n(people)} o más personas en una hora.`,
  burstsEmpty: 'No hubo picos en este periodo.',
  exportCsv: 'Exportar CSV',
  showTable: 'Ver como tabla',
  showChart: 'Ver como gráfico',
  columns: {
    role: 'Rol',
    users: 'Usuarios',
    rate: 'Adopción',
    email: 'Correo',
    name: 'Nombre',
    channel: 'Método',
    uses: 'Usos',
    lastUse: 'Último uso',
    failures: 'Fallos',
    first: 'Primero',
    last: 'Último',
    locked: 'Bloqueado',
    disables: 'Desactivada',
    enables: 'Activada',
    start: 'Inicio',
    people: 'Personas',
    addresses: 'Direcciones IP',
    date: 'Fecha',
    count: 'Cantidad',
    time: 'Hora',
    action: 'Acción',
    actor: 'Usuario',
    status: 'Estado',
    details: 'Detalles',
    ip: 'Dirección IP',
  },
  yes: 'Sí',
  no: 'No',
  notApplicable: '—',
  eventsTitle: 'Eventos de auditoría',
  eventsListTitle: 'Eventos de esta página',
  actionFilter: 'Acción',
  allActions: 'Todos los eventos de MFA e inicio de sesión',
  statusFilter: 'Estado',
  anyStatus: 'Cualquiera',
  success: 'Correcto',
  failure: 'Fallido',
  actorFilter: 'Correo del usuario',
  fromFilter: 'Desde',
  toFilter: 'Hasta',
  apply: 'Aplicar filtros',
  previous: 'Anterior',
  next: 'Siguiente',
  pageOf: (page: number, pages: number) => `Página ${n(page)} de ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) => plural(locale, total, { one: '# evento', other: '# eventos' }),
  eventsEmpty: 'Ningún evento coincide con estos filtros.',
  exportAllEvents: (total: number) =>
    plural(locale, total, {
      one: 'Exportar # evento como CSV',
      other: 'Exportar los # eventos como CSV',
    }),
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Exportando eventos de auditoría…'
      : `Exportando: ${n(loaded)} de ${n(total)} eventos de auditoría leídos`,
  exportFailed: 'La exportación se detuvo: no se pudieron leer los eventos de auditoría.',
  cancel: 'Cancelar',
  loading: 'Cargando…',
} satisfies AdminMessages;
