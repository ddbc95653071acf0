import "server-only";
import type { Db } from "../db/client";
import { readFigureRows, sumFigures, type FigureQuery, type Figures } from "./read-figures";

// Seed 003's view of a state: what the state's sellers (and its MSEs) won from buyers of the
// same state, of other states, and from central buyers (who have no state).
export type StateFlows = { sameState: Figures; otherStates: Figures; central: Figures };

export async function getStateFlows(db: Db, stateId: number, period: Pick<FigureQuery, "from" | "to">): Promise<StateFlows> {
  const rows = await readFigureRows(db, { area: { level: "STATE", stateId }, from: period.from, to: period.to, narrow: {} }, "buyerState");
  const part = (test: (buyerStateId: number) => boolean) => sumFigures(rows.filter((row) => test(Number(row.key))).map((row) => row.figures));
  return {
    sameState: part((buyerStateId) => buyerStateId === stateId),
    otherStates: part((buyerStateId) => buyerStateId !== stateId && buyerStateId !== 0),
    central: part((buyerStateId) => buyerStateId === 0),
  };
}

export type LeagueRow = { stateId: number; name: string; nameHi: string; boughtPaise: bigint; wonPaise: bigint; wonMsePaise: bigint };

// Every state by the GMV its own buyers placed (the states to engage first are at the bottom),
// with what its sellers won anywhere, over the period.
export async function getStateLeague(db: Db, period: Pick<FigureQuery, "from" | "to">): Promise<LeagueRow[]> {
  const national: FigureQuery = { area: { level: "NATIONAL" }, from: period.from, to: period.to, narrow: {} };
  const [bought, won, states] = await Promise.all([
    readFigureRows(db, national, "buyerState"),
    readFigureRows(db, national, "sellerState"),
    db.state.findMany({ select: { id: true, name: true, nameHi: true } }),
  ]);
  const boughtBy = new Map(bought.map((row) => [Number(row.key), row.figures]));
  const wonBy = new Map(won.map((row) => [Number(row.key), row.figures]));
  return states
    .map((state) => ({
      stateId: state.id, name: state.name, nameHi: state.nameHi,
      boughtPaise: boughtBy.get(state.id)?.gmvPaise ?? 0n,
      wonPaise: wonBy.get(state.id)?.gmvPaise ?? 0n,
      wonMsePaise: wonBy.get(state.id)?.mseGmvPaise ?? 0n,
    }))
    .sort((x, y) => (y.boughtPaise > x.boughtPaise ? 1 : y.boughtPaise < x.boughtPaise ? -1 : x.name.localeCompare(y.name)));
}
