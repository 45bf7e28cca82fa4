import { createContext, useContext } from 'react'

/*
 * Whether the run shown is still live (pending or running, see api/worker/status). Deep parts of
 * the conversation need it: a tool call without output is "Running" only while the run is; in a
 * finished run it never returned. Outside a run view nothing is known, so the parts say what
 * their own data says.
 */
const RunLiveContext = createContext(true)

export const RunLiveProvider = RunLiveContext.Provider

export function useRunLive(): boolean {
  return useContext(RunLiveContext)
}
