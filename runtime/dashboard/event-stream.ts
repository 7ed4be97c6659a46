/**
 * The front-end event stream (schema/frontend, docs/event-stream.md): what the server does, live,
 * as JSON events for viewers — the dashboard page, or any front end on /events or
 * --frontend-websocket-port.
 *
 * Cost rules, because the server must not slow down for a viewer:
 * - Updates go out at most every UPDATE_INTERVAL_MS (30 a second): output values and readings are
 *   coalesced to the latest per output, frames and device bytes are batched and capped per update
 *   (the rest counted in a Dropped "rate-limit" event).
 * - A viewer whose socket has more than MAX_BUFFERED_BYTES unsent gets nothing until it drains;
 *   the events it missed are counted (Dropped "slow-viewer") and it gets a fresh Snapshot.
 * - With no viewer attached, only the present state is kept (session, latest output values).
 */
import type { frontend, inside } from "../../generated";
import type { ServerDevice } from "../server/device";
import type { ButtplugServer } from "../server/server";
import type { ClientSession } from "../server/session";

/** Version of the event stream this file speaks (Snapshot.version). */
export const EVENT_STREAM_VERSION = 1;
/** Minimum time between two updates to viewers (≤30 a second). */
export const UPDATE_INTERVAL_MS = 34;
/** Frames, and device-byte records, carried by one update at most; the rest are counted. */
export const MAX_RECORDS_PER_UPDATE = 100;
/** Unsent bytes above which a viewer counts as slow and is skipped. */
export const MAX_BUFFERED_BYTES = 512 * 1024;

/** Where events go: one websocket (or a test double). */
export interface Viewer {
  send(text: string): void;
  /** Bytes queued but not yet written to the network. */
  readonly bufferedAmount: number;
}

interface ViewerState {
  viewer: Viewer;
  /** Events this viewer missed since it last got an update. */
  missed: number;
}

type Event = frontend.FrontendEvent;

/** The latest output values, by "index/feature/type". */
type OutputTable = Map<string, frontend.OutputChanged>;

/** See the file comment. */
export class EventStream {
  private readonly viewers = new Set<ViewerState>();
  /** Lifecycle events, in order, waiting for the next update. */
  private ordered: Event[] = [];
  /** Frames and device bytes waiting for the next update (capped). */
  private records: Event[] = [];
  private overflow = 0;
  /** Output values and readings waiting, latest per output/input. */
  private readonly coalesced = new Map<string, Event>();
  private readonly outputs: OutputTable = new Map();
  private session?: frontend.SessionState;
  /** The session holding the client slot (others are waiting to handshake, or refused). */
  private current?: ClientSession;
  private timer?: NodeJS.Timeout;
  private lastUpdate = 0;
  private stopped = false;
  private readonly detach: Array<() => void> = [];

  constructor(
    private readonly server: ButtplugServer,
    /** The server as the Snapshot describes it. */
    private readonly serverState: () => frontend.ServerState,
    private readonly now: () => number = Date.now,
  ) {
    const devices = server.devices;
    const onSession = (session: ClientSession) => this.watchSession(session);
    const onRefused = (_connection: unknown, reason: string) => this.push({ ClientRejected: { reason } });
    let known = new Set<number>();
    const onDeviceList = () => {
      const current = new Set<number>();
      devices.forEachConnected((index, device) => {
        current.add(index);
        if (!known.has(index))
          this.push({ DeviceConnected: deviceConnected(index, device, devices.sourceName(index)) });
      });
      for (const index of known) {
        if (current.has(index)) continue;
        for (const key of [...this.outputs.keys()]) if (key.startsWith(`${index}/`)) this.outputs.delete(key);
        this.push({ DeviceDisconnected: { index } });
      }
      known = current;
    };
    const onOutput = (index: number, feature: number, command: inside.OutputCommand) => {
      const [type, fields] = Object.entries(command)[0] as [inside.OutputType, { Value: number; Duration?: number }];
      const event: frontend.OutputChanged = { index, feature, type, value: fields.Value, t: this.now() };
      if (fields.Duration !== undefined) event.duration = fields.Duration;
      const key = `${index}/${feature}/${type}`;
      this.outputs.set(key, event);
      if (this.viewers.size > 0) this.coalesce(`o${key}`, { OutputChanged: event });
    };
    const onReading = (index: number, feature: number, reading: inside.InputReadingValue) => {
      if (this.viewers.size === 0) return;
      const [type, fields] = Object.entries(reading)[0] as [inside.InputType, { Value: number | number[] }];
      this.coalesce(`i${index}/${feature}/${type}`, {
        InputReading: { index, feature, type, value: fields.Value, t: this.now() },
      });
    };
    const onBytes = (index: number, dir: "out" | "in", endpoint: string, data: Uint8Array) => {
      if (this.viewers.size === 0) return;
      if (this.records.length >= MAX_RECORDS_PER_UPDATE) return this.countOverflow();
      this.record({
        DeviceBytes: {
          index,
          dir,
          endpoint,
          t: this.now(),
          hex: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("hex"),
        },
      });
    };
    server.on("session", onSession);
    server.on("refused", onRefused);
    devices.on("deviceListChanged", onDeviceList);
    devices.on("output", onOutput);
    devices.on("reading", onReading);
    devices.on("bytes", onBytes);
    onDeviceList();
    this.ordered = [];
    if (server.session) this.watchSession(server.session);
    this.detach.push(() => {
      server.off("session", onSession);
      server.off("refused", onRefused as never);
      devices.off("deviceListChanged", onDeviceList);
      devices.off("output", onOutput);
      devices.off("reading", onReading);
      devices.off("bytes", onBytes);
    });
  }

  /** Add a viewer: it gets a Snapshot now, then updates. Returns the function that removes it. */
  attach(viewer: Viewer): () => void {
    const state: ViewerState = { viewer, missed: 0 };
    this.viewers.add(state);
    // EngineStarted as Intiface front ends expect it; the Snapshot holds the rest.
    viewer.send(JSON.stringify([{ Snapshot: this.snapshot() }, { EngineStarted: {} }]));
    return () => {
      this.viewers.delete(state);
    };
  }

  /** Number of attached viewers. */
  get viewerCount(): number {
    return this.viewers.size;
  }

  /** Everything a new viewer needs to draw the present. */
  snapshot(): frontend.Snapshot {
    const devices: frontend.DeviceConnected[] = [];
    const manager = this.server.devices;
    manager.forEachConnected((index, device) =>
      devices.push(deviceConnected(index, device, manager.sourceName(index))),
    );
    return {
      version: EVENT_STREAM_VERSION,
      server: this.serverState(),
      session: this.session ? { ...this.session } : null,
      devices,
      outputs: [...this.outputs.values()],
    };
  }

  /** A reading from a device (subscribed, or read by anyone) for the viewers. */
  reading(index: number, feature: number, reading: inside.InputReadingValue): void {
    if (this.viewers.size === 0) return;
    const [type, fields] = Object.entries(reading)[0] as [inside.InputType, { Value: number | number[] }];
    this.coalesce(`i${index}/${feature}/${type}`, {
      InputReading: { index, feature, type, value: fields.Value, t: this.now() },
    });
  }

  /** Send an event to every viewer with the next update (in order with other lifecycle events). */
  push(event: Event): void {
    if (this.stopped) return;
    if (this.viewers.size === 0) return;
    this.ordered.push(event);
    this.schedule();
  }

  /** Send EngineStopped to every viewer at once and stop listening to the server. */
  stop(): void {
    if (this.stopped) return;
    this.push({ EngineStopped: {} });
    this.flush();
    this.stopped = true;
    clearTimeout(this.timer);
    for (const undo of this.detach.splice(0)) undo();
  }

  private watchSession(session: ClientSession): void {
    const onHandshake = (clientName: string, version: number) => {
      this.current = session;
      this.session = { client_name: clientName, spec_version: version, since: this.now() };
      this.push({ ClientConnected: { client_name: clientName, spec_version: version, since: this.session.since } });
    };
    const onFrame = (dir: "c2s" | "s2c", frame: string) => {
      if (dir === "c2s" && this.current === session && this.session && frame.includes('"Ping"')) {
        this.session.last_ping = this.now();
        this.coalesce("ping", { ClientPing: { t: this.session.last_ping } });
      }
      if (this.viewers.size === 0) return;
      if (this.records.length >= MAX_RECORDS_PER_UPDATE) return this.countOverflow();
      this.record({ Frame: { dir, t: this.now(), frame } });
    };
    session.on("handshake", onHandshake);
    session.on("frame", onFrame);
    if (session.connected && session.clientName !== undefined && session.version !== undefined)
      onHandshake(session.clientName, session.version);
    session.once("end", (reason: string) => {
      session.off("frame", onFrame);
      if (this.current !== session) return;
      this.current = undefined;
      this.session = undefined;
      this.push({ ClientDisconnected: { reason } });
    });
  }

  private coalesce(key: string, event: Event): void {
    if (this.stopped || this.viewers.size === 0) return;
    this.coalesced.set(key, event);
    this.schedule();
  }

  private record(event: Event): void {
    if (this.stopped) return;
    this.records.push(event);
    this.schedule();
  }

  private countOverflow(): void {
    this.overflow++;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    const wait = Math.max(0, this.lastUpdate + UPDATE_INTERVAL_MS - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
    // A viewer never keeps the process alive.
    this.timer.unref();
  }

  /** Send everything pending as one update to every viewer that keeps up. */
  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastUpdate = this.now();
    const events: Event[] = [...this.ordered, ...this.records, ...this.coalesced.values()];
    if (this.overflow > 0) events.push({ Dropped: { count: this.overflow, reason: "rate-limit" } });
    this.ordered = [];
    this.records = [];
    this.coalesced.clear();
    this.overflow = 0;
    if (events.length === 0) return;
    let text: string | undefined;
    for (const state of this.viewers) {
      if (state.viewer.bufferedAmount > MAX_BUFFERED_BYTES) {
        state.missed += events.length;
        continue;
      }
      if (state.missed > 0) {
        // It missed lifecycle events too: start it over from the present.
        state.viewer.send(
          JSON.stringify([{ Dropped: { count: state.missed, reason: "slow-viewer" } }, { Snapshot: this.snapshot() }]),
        );
        state.missed = 0;
        continue;
      }
      text ??= JSON.stringify(events);
      state.viewer.send(text);
    }
  }
}

/** A device as DeviceConnected describes it. */
function deviceConnected(index: number, device: ServerDevice, transport: string | undefined): frontend.DeviceConnected {
  // Identifiers are "<protocol>/<address>" (hardware) or a source's own form ("test/<name>").
  const split = device.identifier.indexOf("/");
  const identifier =
    split > 0
      ? { protocol: device.identifier.slice(0, split), address: device.identifier.slice(split + 1) }
      : { protocol: "", address: device.identifier };
  const features: Record<string, inside.DeviceFeature> = {};
  for (const [featureIndex, feature] of [...device.features].sort(([a], [b]) => a - b))
    features[String(featureIndex)] = feature;
  const event: frontend.DeviceConnected = {
    name: device.name,
    index,
    identifier,
    timing_gap: device.timingGap,
    features: features as frontend.DeviceFeatures,
  };
  if (device.displayName !== undefined) event.display_name = device.displayName;
  if (transport !== undefined) event.transport = transport;
  return event;
}
