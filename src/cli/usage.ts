export const USAGE = `Usage:
  lanes score <bundle.json>... [--settings <settings.json>] [--now <ISO time>] [--format ndjson|table]
  lanes explain <bundle.json>... <ticket id> [--settings <settings.json>] [--now <ISO time>]
  lanes report <bundle.json>... [--settings <settings.json>] [--now <ISO time>] [--format text|json] [--audit-seed <seed>]
  lanes compare <old policy.json> <new policy.json> <bundle.json>... [--settings <settings.json>] [--now <ISO time>] [--format text|json]

Scores the tickets of a helpdesk export bundle. Several bundle files are pages of one export.

Commands:
  score     prints one decision per ticket (ndjson, the default) or the lane distribution (table)
  explain   prints one ticket's escalation packet
  report    prints the policy's metrics from the records on the tickets, overall and by family,
            plan tier and segment, with each family's promotion verdict and the weekly audit sample
  compare   scores every ticket under two policies and prints which tickets would change lanes

Options:
  --settings <file>   the account's settings JSON (field_map, optional policy); default: the demo account's
  --now <time>        the time to score at, e.g. 2026-11-26T12:00:00Z; default: the current time
  --format <format>   score: ndjson or table, default ndjson; report and compare: text or json, default text
  --audit-seed <seed> report: the seed of the audit sample; default: the ISO week of --now, e.g. 2026-W48
  -h, --help          prints this help

A policy file for compare holds the JSON of the policy setting; {} is the default policy.

Exit status: 0 when every ticket was scored, 2 when something was skipped, 1 when nothing could be scored.
`;
