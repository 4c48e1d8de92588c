import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VigilDB } from '../schema';
import { firstRelease } from './003-first-release';

export type Migration = (db: IDBPDatabase<VigilDB>, oldVersion: number, tx: IDBPTransaction<VigilDB, StoreNames<VigilDB>[], 'versionchange'>) => Promise<void>;

/**
 * Migrations by the version they bring a database to, run in order from the database's version.
 * Each is a frozen, numbered file with its own test: never edit a released one, add the next.
 */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[3, firstRelease]]);
