/* The ids of the worker page's panels, for the panel bar and for #fragment links. */
export const panelAnchor = {
  output: 'panel-output',
  messages: 'panel-messages',
  sources: 'panel-sources',
  files: 'panel-files',
  structured: 'panel-structured-output',
  runs: 'panel-runs',
  schedules: 'panel-schedules',
  webhook: 'panel-webhook',
} as const
