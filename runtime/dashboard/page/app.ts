/**
 * The bpkit dashboard page: the server, the client session and every device, live from the event
 * stream (/events); a control per output and Stop buttons (commands go back on the same stream
 * and run through the server's v4 path); the message log; the session recording.
 * Bundled by scripts/build.js (esbuild) with Preact + htm; loads nothing from the network.
 */
import { html, render } from "htm/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { frontend, inside } from "../../../generated";
import { TypedEventEmitter } from "../../events";
import { DashboardState, fraction, type DeviceState, type LogEntry, type OutputState } from "./state";

const token = new URLSearchParams(location.search).get("token");
const withToken = (path: string) => (token ? `${path}?token=${encodeURIComponent(token)}` : path);

// ---- connection ------------------------------------------------------------------------------

type Status = "connecting" | "live" | "offline";

const state = new DashboardState();
let status: Status = "connecting";
let socket: WebSocket | undefined;
let nextId = 1;
const redraws = new TypedEventEmitter<{ redraw: () => void }>();
let redrawPending = false;

/** Redraw at most once per animation frame, however many events arrive. */
function changed(): void {
  if (redrawPending) return;
  redrawPending = true;
  requestAnimationFrame(() => {
    redrawPending = false;
    redraws.emit("redraw");
  });
}

function connect(): void {
  status = "connecting";
  changed();
  const ws = new WebSocket(
    `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${withToken("/events")}`,
  );
  socket = ws;
  ws.onopen = () => {
    status = "live";
    changed();
  };
  ws.onmessage = (message) => {
    state.apply(JSON.parse(String(message.data)) as frontend.EventFrame);
    changed();
  };
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = undefined;
    status = "offline";
    changed();
    setTimeout(connect, 1000);
  };
}

/** Send v4 commands through the server's v4 path (answered with CommandResult events). */
function send(commands: frontend.FrontendCommand[]): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(commands));
}

function outputCmd(device: number, feature: number, command: inside.OutputCommand): void {
  send([
    {
      OutputCmd: { Id: nextId++, DeviceIndex: device, FeatureIndex: feature, Command: command },
    } as frontend.FrontendCommand,
  ]);
}

function readInput(device: number, feature: number, type: inside.InputType): void {
  send([
    {
      InputCmd: { Id: nextId++, DeviceIndex: device, FeatureIndex: feature, Type: type, Command: "Read" },
    } as frontend.FrontendCommand,
  ]);
}

function stopCmd(device?: number): void {
  send([
    {
      StopCmd: device === undefined ? { Id: nextId++ } : { Id: nextId++, DeviceIndex: device },
    } as frontend.FrontendCommand,
  ]);
}

/** At most one call per `ms`, always ending with the latest arguments. */
function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  return (...args: A) => {
    pending = args;
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      fn(...args);
      pending = undefined;
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        if (pending) fn(...pending);
        pending = undefined;
      }, wait);
    }
  };
}

// ---- helpers ---------------------------------------------------------------------------------

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

function clock(t: number): string {
  const d = new Date(t);
  return `${d.toTimeString().slice(0, 8)}.${String(d.getMilliseconds()).padStart(3, "0")}`;
}

const POSITION_TYPES = new Set(["Position", "HwPositionWithDuration"]);

// ---- components ------------------------------------------------------------------------------

function Header() {
  const now = useNow(1000);
  const server = state.server;
  const label =
    status === "live"
      ? state.engineStopped
        ? "server stopped"
        : "live"
      : status === "connecting"
        ? "connecting…"
        : "offline, retrying";
  return html`
    <header class="top">
      <div class="brand">
        <span class="logo" aria-hidden="true">◉</span>
        <div>
          <h1>${server?.name ?? "bpkit"}</h1>
          <p class="sub">
            <span class=${`dot ${status}`} role="status" aria-live="polite">${label}</span>
            ${server && html` · bpkit ${server.version} · spec v${server.spec_versions.join(", v")} · up ${duration(now - server.started_at)}`}
          </p>
        </div>
      </div>
      <div class="actions">
        <a class="button ghost" href=${withToken("/recording.jsonl")} download data-testid="download">Download recording</a>
        <button class="stop-all" onClick=${() => stopCmd()} data-testid="stop-all" title="Stop every device">Stop all</button>
      </div>
    </header>
  `;
}

function ServerCard() {
  const server = state.server;
  if (!server) return null;
  const flags = Object.entries(server.flags).filter(([, v]) => v !== false);
  return html`
    <section class="card" aria-labelledby="server-h">
      <h2 id="server-h">Server</h2>
      <dl class="facts">
        <dt>Address</dt><dd><code>${server.address ?? "?"}</code></dd>
        <dt>Max ping time</dt><dd>${server.max_ping_time ? `${server.max_ping_time} ms` : "off"}</dd>
        <dt>Flags</dt>
        <dd class="chips">${flags.map(([k, v]) => html`<span class="chip">${v === true ? k : `${k}=${v}`}</span>`)}</dd>
      </dl>
    </section>
  `;
}

function SessionCard() {
  const now = useNow(250);
  const session = state.session;
  const server = state.server;
  if (!session) {
    return html`
      <section class="card" aria-labelledby="session-h">
        <h2 id="session-h">Client</h2>
        <p class="empty">No client connected. Point an app at <code>${server?.address ?? "ws://127.0.0.1:12345"}</code>.</p>
      </section>
    `;
  }
  const max = server?.max_ping_time ?? 0;
  const sincePing = session.last_ping !== undefined ? now - session.last_ping : undefined;
  const late = max > 0 && (sincePing ?? now - session.since) > max * 0.8;
  return html`
    <section class="card" aria-labelledby="session-h">
      <h2 id="session-h">Client</h2>
      <dl class="facts">
        <dt>Name</dt><dd data-testid="client-name">${session.client_name}</dd>
        <dt>Spec</dt><dd>v${session.spec_version}</dd>
        <dt>Connected</dt><dd>${duration(now - session.since)} ago</dd>
        <dt>Last ping</dt>
        <dd class=${late ? "warn" : ""}>
          ${sincePing === undefined ? "none yet" : `${(sincePing / 1000).toFixed(1)} s ago`}${max > 0 ? ` (max ${max} ms)` : ""}
        </dd>
      </dl>
    </section>
  `;
}

/** A level bar in the output's own steps: segmented when it has few. */
function Level(props: { value: number; range: [number, number] }) {
  const { value, range } = props;
  const [min, max] = range;
  const steps = max - min;
  const signed = min < 0;
  const f = fraction(value, range);
  if (signed) {
    const zero = fraction(0, range);
    const left = Math.min(f, zero);
    const width = Math.abs(f - zero);
    return html`<div class="level signed" role="meter" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${value}>
      <div class="fill" style=${`left:${left * 100}%;width:${width * 100}%`}></div><div class="zero" style=${`left:${zero * 100}%`}></div>
    </div>`;
  }
  if (steps > 0 && steps <= 40) {
    const on = Math.round(f * steps);
    return html`<div class="level segmented" role="meter" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${value}>
      ${Array.from({ length: steps }, (_, i) => html`<span class=${i < on ? "seg on" : "seg"}></span>`)}
    </div>`;
  }
  return html`<div class="level" role="meter" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${value}>
    <div class="fill" style=${`width:${f * 100}%`}></div>
  </div>`;
}

/** A position as a marker moving over the commanded duration. */
function PositionTrack(props: { value: number; range: [number, number]; duration?: number }) {
  const f = fraction(props.value, props.range);
  return html`<div class="track" role="meter" aria-valuemin=${props.range[0]} aria-valuemax=${props.range[1]} aria-valuenow=${props.value}>
    <div class="marker" style=${`left:${f * 100}%;transition-duration:${props.duration ?? 0}ms`}></div>
  </div>`;
}

function OutputRow(props: {
  device: DeviceState;
  feature: inside.DeviceFeature;
  type: inside.OutputType;
  limits: { Value: [number, number]; Duration?: [number, number] };
}) {
  const { device, feature, type, limits } = props;
  const index = device.info.index;
  const current: OutputState | undefined = device.outputs.get(`${feature.FeatureIndex}/${type}`);
  const value = current?.value ?? 0;
  // What the user just set wins over the server's value for a moment (until the server catches up).
  const [draft, setDraft] = useState<{ value: number; at: number } | undefined>(undefined);
  const [clockwise, setClockwise] = useState(true);
  const [moveMs, setMoveMs] = useState(500);
  const sendRef = useRef(
    throttle((command: inside.OutputCommand) => outputCmd(index, feature.FeatureIndex, command), 50),
  );
  const range = limits.Value;
  const id = `o-${index}-${feature.FeatureIndex}-${type}`;
  const isPosition = POSITION_TYPES.has(type);
  const commandFor = (v: number): inside.OutputCommand =>
    (type === "RotationWithDirection"
      ? { RotationWithDirection: { Value: v, Clockwise: clockwise } }
      : type === "HwPositionWithDuration"
        ? { HwPositionWithDuration: { Value: v, Duration: moveMs } }
        : { [type]: { Value: v } }) as inside.OutputCommand;
  const onSlide = (e: Event) => {
    const v = Number((e.target as HTMLInputElement).value);
    setDraft({ value: v, at: Date.now() });
    if (type !== "HwPositionWithDuration") sendRef.current(commandFor(v));
  };
  const shown = draft && Date.now() - draft.at < 1000 ? draft.value : value;
  return html`
    <div class="output" data-output=${`${feature.FeatureIndex}/${type}`} data-value=${value}>
      <div class="output-head">
        <label for=${id}>${type}${feature.FeatureDescription ? html` <span class="muted">· ${feature.FeatureDescription}</span>` : ""}</label>
        <span class="value" aria-live="off"><b>${value}</b><span class="muted">/${range[1]}${current?.duration !== undefined ? ` · ${current.duration} ms` : ""}</span></span>
      </div>
      ${isPosition ? html`<${PositionTrack} value=${value} range=${range} duration=${current?.duration} />` : html`<${Level} value=${value} range=${range} />`}
      <div class="control">
        <input id=${id} type="range" min=${range[0]} max=${range[1]} step="1" value=${shown}
          onInput=${onSlide} aria-valuetext=${`${shown} of ${range[1]}`} />
        ${
          type === "RotationWithDirection" &&
          html`<button class="small" aria-pressed=${clockwise} onClick=${() => {
            setClockwise(!clockwise);
            outputCmd(index, feature.FeatureIndex, {
              RotationWithDirection: { Value: shown, Clockwise: !clockwise },
            } as inside.OutputCommand);
          }}>${clockwise ? "↻ clockwise" : "↺ counter"}</button>`
        }
        ${
          type === "HwPositionWithDuration" &&
          html`<label class="duration">over <input type="number" min=${limits.Duration?.[0] ?? 0} max=${limits.Duration?.[1] ?? 10000} step="50" value=${moveMs}
            onInput=${(e: Event) => setMoveMs(Number((e.target as HTMLInputElement).value))} /> ms</label>
          <button class="small" onClick=${() => outputCmd(index, feature.FeatureIndex, commandFor(shown))}>Move</button>`
        }
      </div>
    </div>
  `;
}

function Sparkline(props: { history: Array<{ value: number }>; range: [number, number] }) {
  const { history, range } = props;
  if (history.length < 2) return html`<svg class="spark" viewBox="0 0 100 24" aria-hidden="true"></svg>`;
  const points = history
    .map(
      (h, i) => `${((i / (history.length - 1)) * 100).toFixed(1)},${(22 - fraction(h.value, range) * 20).toFixed(1)}`,
    )
    .join(" ");
  return html`<svg class="spark" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true"><polyline points=${points} /></svg>`;
}

function InputRow(props: {
  device: DeviceState;
  feature: inside.DeviceFeature;
  type: inside.InputType;
  range: [number, number];
  readable: boolean;
}) {
  const { device, feature, type, range, readable } = props;
  const input = device.inputs.get(`${feature.FeatureIndex}/${type}`);
  const last = input?.history[input.history.length - 1];
  return html`
    <div class="input" data-input=${`${feature.FeatureIndex}/${type}`}>
      <div class="output-head">
        <span>${type}${feature.FeatureDescription ? html` <span class="muted">· ${feature.FeatureDescription}</span>` : ""}</span>
        <span class="value">
          <b>${last ? last.value : "–"}</b><span class="muted">${type === "Battery" ? "%" : ` / ${range[1]}`}</span>
          ${readable && html` <button class="small ghost" onClick=${() => readInput(device.info.index, feature.FeatureIndex, type)}>Read</button>`}
        </span>
      </div>
      <${Sparkline} history=${input?.history ?? []} range=${range} />
    </div>
  `;
}

function DeviceCard(props: { device: DeviceState }) {
  const { device } = props;
  const info = device.info;
  const features = Object.values(info.features) as inside.DeviceFeature[];
  return html`
    <article class="card device" data-device-index=${info.index} aria-labelledby=${`d-${info.index}`}>
      <div class="device-head">
        <div>
          <h3 id=${`d-${info.index}`}><span class="index">#${info.index}</span> ${info.display_name ?? info.name}</h3>
          <p class="muted small">${info.identifier.protocol}${info.transport ? ` over ${info.transport}` : ""} · <code>${info.identifier.address}</code>${info.timing_gap ? ` · gap ${info.timing_gap} ms` : ""}</p>
        </div>
        <button class="stop" onClick=${() => stopCmd(info.index)} title=${`Stop ${info.name}`}>Stop</button>
      </div>
      ${features.flatMap((feature) =>
        Object.entries(feature.Output ?? {}).map(
          ([type, limits]) =>
            html`<${OutputRow} key=${`${feature.FeatureIndex}/${type}`} device=${device} feature=${feature} type=${type} limits=${limits} />`,
        ),
      )}
      ${features.flatMap((feature) =>
        Object.entries(feature.Input ?? {}).map(
          ([type, input]) =>
            html`<${InputRow} key=${`i${feature.FeatureIndex}/${type}`} device=${device} feature=${feature} type=${type}
              range=${(input as { Value: [number, number][] }).Value[0]} readable=${(input as { Command: string[] }).Command.includes("Read")} />`,
        ),
      )}
    </article>
  `;
}

const KIND_LABEL: Record<LogEntry["kind"], string> = {
  c2s: "client →",
  s2c: "→ client",
  out: "→ device",
  in: "device →",
};

function MessageLog() {
  const [filter, setFilter] = useState("");
  const [frames, setFrames] = useState(true);
  const [bytes, setBytes] = useState(true);
  const [paused, setPaused] = useState<LogEntry[] | undefined>(undefined);
  const [clearedAt, setClearedAt] = useState(0);
  const entries = (paused ?? state.log).filter(
    (e) =>
      e.seq > clearedAt &&
      (e.kind === "c2s" || e.kind === "s2c" ? frames : bytes) &&
      (filter === "" ||
        e.text.toLowerCase().includes(filter.toLowerCase()) ||
        (e.ascii ?? "").toLowerCase().includes(filter.toLowerCase())),
  );
  const shown = entries.slice(-300).reverse();
  return html`
    <section class="card log" aria-labelledby="log-h">
      <div class="log-head">
        <h2 id="log-h">Messages</h2>
        <div class="log-tools">
          <input type="search" placeholder="Filter…" aria-label="Filter messages" value=${filter} onInput=${(e: Event) => setFilter((e.target as HTMLInputElement).value)} />
          <label><input type="checkbox" checked=${frames} onChange=${() => setFrames(!frames)} /> client frames</label>
          <label><input type="checkbox" checked=${bytes} onChange=${() => setBytes(!bytes)} /> device bytes</label>
          <button class="small" aria-pressed=${paused !== undefined} onClick=${() => setPaused(paused ? undefined : [...state.log])}>${paused ? "Resume" : "Pause"}</button>
          <button class="small ghost" onClick=${() => setClearedAt(state.log[state.log.length - 1]?.seq ?? 0)}>Clear</button>
        </div>
      </div>
      ${state.dropped > 0 && html`<p class="muted small">${state.dropped} event(s) not shown (rate limit or slow page)</p>`}
      <ol class="entries" aria-live="off">
        ${shown.length === 0 && html`<li class="empty">Nothing yet: client frames and device bytes appear here.</li>`}
        ${shown.map(
          (e) => html`<li key=${e.seq} class=${`entry ${e.kind}`}>
            <span class="time">${clock(e.t)}</span>
            <span class="kind">${KIND_LABEL[e.kind]}${e.device !== undefined ? ` #${e.device}` : ""}${e.endpoint ? ` ${e.endpoint}` : ""}</span>
            <code class="text">${e.text.length > 600 ? `${e.text.slice(0, 600)}…` : e.text}${e.ascii !== undefined ? html` <span class="ascii">"${e.ascii}"</span>` : ""}</code>
          </li>`,
        )}
      </ol>
    </section>
  `;
}

function App() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    redraws.on("redraw", listener);
    return () => void redraws.off("redraw", listener);
  }, []);
  const devices = [...state.devices.values()].sort((a, b) => a.info.index - b.info.index);
  return html`
    <${Header} />
    ${
      state.lastError &&
      html`<div class="toast" role="alert">${state.lastError} <button class="small ghost" onClick=${() => {
        state.lastError = undefined;
        changed();
      }}>Dismiss</button></div>`
    }
    <main>
      <div class="row">
        <${SessionCard} />
        <${ServerCard} />
      </div>
      <h2 class="section">Devices <span class="muted">${devices.length}</span></h2>
      <div class="devices" data-testid="devices">
        ${devices.length === 0 && html`<p class="card empty">No devices yet. Start the server with <code>--simulate</code>, or connect hardware.</p>`}
        ${devices.map((d) => html`<${DeviceCard} key=${d.info.index} device=${d} />`)}
      </div>
      <${MessageLog} />
    </main>
  `;
}

const root = document.getElementById("app")!;
root.replaceChildren();
render(html`<${App} />`, root);
connect();
