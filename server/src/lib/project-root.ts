import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder that holds package.json, found by walking up from this module. The same code runs from source
 * (server/src/lib/, in tests and the CLI tools) and from the bundle (dist/server/server.js), at different depths,
 * so a fixed number of '../' would be right for one of them only. Files the server reads at run time (migrations,
 * the built client) are found from here.
 */
export function findProjectRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`No package.json in ${from} or any folder above it`)
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)))

/** A path inside the project, e.g. `fromProjectRoot('migrations')`. */
export function fromProjectRoot(...segments: string[]): string {
  return join(projectRoot, ...segments)
}
