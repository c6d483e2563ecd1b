export const USAGE = `Usage:
  lanes score <bundle.json>... [--settings <settings.json>] [--now <ISO time>] [--format ndjson|table]
  lanes explain <bundle.json>... <ticket id> [--settings <settings.json>] [--now <ISO time>]

Scores the tickets of a helpdesk export bundle. Several bundle files are pages of one export.

Commands:
  score     prints one decision per ticket (ndjson, the default) or the lane distribution (table)
  explain   prints one ticket's escalation packet

Options:
  --settings <file>  the account's settings JSON (field_map, optional policy); default: the demo account's
  --now <time>       the time to score at, e.g. 2026-11-26T12:00:00Z; default: the current time
  --format <format>  ndjson or table (score only); default: ndjson
  -h, --help         prints this help

Exit status: 0 when every ticket was scored, 2 when something was skipped, 1 when nothing could be scored.
`;
