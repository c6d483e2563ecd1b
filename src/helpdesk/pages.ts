import { ACCOUNT_LOCALES, type HelpdeskStore } from './store';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Shows a lane value such as `lane_2` as "Lane 2". */
export function laneLabel(value: unknown): string {
  if (value == null || value === '') return '';
  const m = String(value).match(/^lane_(\d+)$/);
  return m ? `Lane ${m[1]}` : String(value);
}

/** A shape per lane beside its hue, as the app's badge has, so the column never rests on colour alone. */
const LANE_SHAPES: Record<string, string> = { lane_1: '●', lane_2: '▲', lane_3: '■' };

/** The Lane column's cell: the lane's hue and shape, or a dash where no lane is recorded. */
export function laneCell(value: unknown): string {
  if (value == null || value === '') return '<span class="muted">–</span>';
  const key = String(value);
  const shape = LANE_SHAPES[key];
  if (!shape) return `<span class="lane-badge">${escapeHtml(laneLabel(value))}</span>`;
  return `<span class="lane-badge lane-badge-${escapeHtml(key.slice('lane_'.length))}"><span aria-hidden="true">${shape}</span> ${escapeHtml(laneLabel(value))}</span>`;
}

/** Where the helpdesk opens the app's nav bar page, as Zendesk opens /agent/apps/<app-name>. */
export const REVIEW_PATH = '/apps/escalation-review';

function roleLabel(store: HelpdeskStore, id: number, role: string | null | undefined): string {
  if (role === 'admin') return 'Admin';
  if (store.groupsOf(id).some((g) => g.id === 106)) return 'Team lead';
  return 'Agent';
}

function header(store: HelpdeskStore, userId: number, here: string): string {
  const options = store
    .staff()
    .map((u) => `<option value="${u.id}"${u.id === userId ? ' selected' : ''}>${escapeHtml(u.name)} · ${roleLabel(store, u.id, u.role)}</option>`)
    .join('');
  const locale = store.localeOf(userId);
  const languages = ACCOUNT_LOCALES.map((l) => `<option value="${l.locale}"${l.locale === locale ? ' selected' : ''}>${escapeHtml(l.name)}</option>`).join('');
  const scheme = store.colorSchemeOf(userId);
  const schemes = (['light', 'dark'] as const).map((c) => `<option value="${c}"${c === scheme ? ' selected' : ''}>${c === 'light' ? 'Light' : 'Dark'}</option>`).join('');
  return `<header class="topbar">
  <a class="brand" href="/?user=${userId}">Support</a>
  <nav><a href="/?user=${userId}">Views</a> <a href="${REVIEW_PATH}?user=${userId}" id="nav-review"${here === REVIEW_PATH ? ' aria-current="page"' : ''}>Escalation review</a></nav>
  <label class="signed-in">Signed in as
    <select id="user-switch" data-here="${escapeHtml(here)}">${options}</select>
  </label>
  <label class="signed-in-pref">Language
    <select id="language-switch" data-user="${userId}">${languages}</select>
  </label>
  <label class="signed-in-pref">Theme
    <select id="theme-switch" data-user="${userId}">${schemes}</select>
  </label>
</header>`;
}

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/helpdesk.css">
</head>
<body>
${body}
<script src="/static/userSwitch.js"></script>
${script}
</body>
</html>`;
}

/** The view of all tickets, with the lane the app wrote in its own column. */
export function renderListPage(store: HelpdeskStore, userId: number, notice?: string): string {
  const rows = store
    .tickets()
    .map((r) => {
      const t = r.ticket;
      const requester = store.user(t.requester_id);
      const org = store.organization(t.organization_id);
      const lane = store.laneOf(t.id);
      return `<tr data-ticket-id="${t.id}">
  <td class="status"><span class="status-badge status-${escapeHtml(t.status)}">${escapeHtml(t.status)}</span></td>
  <td>#${t.id}</td>
  <td><a href="/tickets/${t.id}?user=${userId}">${escapeHtml(t.subject)}</a></td>
  <td>${escapeHtml(requester?.name ?? '')}</td>
  <td>${escapeHtml(org?.name ?? '')}</td>
  <td>${escapeHtml(t.priority ?? '')}</td>
  <td class="lane" data-lane="${escapeHtml(lane ?? '')}">${laneCell(lane)}</td>
  <td>${escapeHtml((t.updated_at ?? '').slice(0, 16).replace('T', ' '))}</td>
</tr>`;
    })
    .join('\n');
  const body = `${header(store, userId, '/')}
<main class="list-page">
  ${notice ? `<p class="notice">${escapeHtml(notice)}</p>` : ''}
  <h1>All tickets <span class="muted">(${store.tickets().length})</span></h1>
  <table class="ticket-list">
    <thead><tr><th></th><th>ID</th><th>Subject</th><th>Requester</th><th>Organization</th><th>Priority</th><th>Lane</th><th>Updated</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</main>`;
  return shell('Views - Support', body);
}

export type TicketPageConfig = {
  ticketId: number;
  userId: number;
  /** The signed-in user's theme, given to the app in its URL as Zendesk does. */
  colorScheme?: 'light' | 'dark';
  appPort: number;
  appPage: string;
  appGuid: string;
  hookTimeoutMs: number;
};

/** The ticket page's frame; its script renders the ticket and hosts the app. */
export function renderTicketPage(store: HelpdeskStore, config: TicketPageConfig): string {
  const body = `${header(store, config.userId, `/tickets/${config.ticketId}`)}
<main class="ticket-page" id="ticket-page">
  <section class="ticket-main" id="ticket-main" aria-label="Ticket"></section>
  <aside class="apps-sidebar" aria-label="Apps">
    <div class="apps-title">Apps</div>
    <div class="app-frame-box"><iframe id="app-frame" title="Lanes" name="app_Lanes_ticket_sidebar"></iframe></div>
  </aside>
</main>
<div id="toasts" aria-live="polite"></div>`;
  const script = `<script>window.HELPDESK_CONFIG = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>
<script src="/static/zafBridge.js"></script>
<script src="/static/helpdesk.js"></script>`;
  return shell(`Ticket #${config.ticketId} - Support`, body, script);
}

export type NavBarPageConfig = {
  userId: number;
  colorScheme?: 'light' | 'dark';
  appPort: number;
  /** The app page the manifest names for `nav_bar`; null when it names none. */
  appPage: string | null;
  appGuid: string;
};

/** The nav bar app's page: the app iframe fills the main area, hosted as the ticket page hosts the sidebar. */
export function renderNavBarPage(store: HelpdeskStore, config: NavBarPageConfig): string {
  const main = config.appPage
    ? `<main class="nav-app-page"><iframe id="app-frame" title="Lanes: Escalation review" name="app_Lanes_nav_bar"></iframe></main>`
    : `<main class="list-page"><p class="notice">The app's manifest names no nav_bar location.</p></main>`;
  const body = `${header(store, config.userId, REVIEW_PATH)}
${main}`;
  const script = config.appPage
    ? `<script>window.HELPDESK_CONFIG = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>
<script src="/static/zafBridge.js"></script>
<script src="/static/navBar.js"></script>`
    : '';
  return shell('Escalation review - Support', body, script);
}
