/** Small logged sessions used by the validate tests: a frame per step, with direction and time. */
export interface Step {
  dir: "c2s" | "s2c";
  t: number;
  frame: unknown[];
}

/**
 * Replace the value at `pointer` (a JSON pointer into the step's frame, e.g. "/0/OutputCmd/FeatureIndex"):
 * how a test breaks one detail of a good session.
 */
export function setIn(step: Step, pointer: string, value: unknown): void {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  let node: unknown = step.frame;
  for (const key of keys) {
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (typeof node !== "object" || node === null) throw new Error(`setIn: nothing at "${key}" of ${pointer}`);
  }
  if (last === undefined) throw new Error(`setIn: ${JSON.stringify(pointer)} names no member`);
  (node as Record<string, unknown>)[last] = value;
}

/** A well-behaved spec v4 session: handshake, device list, output, input read, ping. */
export function v4Session(): Step[] {
  const device = {
    DeviceName: "Test Vibrator",
    DeviceIndex: 0,
    DeviceMessageTimingGap: 0,
    DeviceFeatures: {
      "0": { FeatureIndex: 0, FeatureDescription: "Vibrator", Output: { Vibrate: { Value: [0, 20] } } },
      "1": {
        FeatureIndex: 1,
        FeatureDescription: "Battery",
        Input: { Battery: { Value: [[0, 100]], Command: ["Read"] } },
      },
    },
  };
  return [
    {
      dir: "c2s",
      t: 0,
      frame: [{ RequestServerInfo: { Id: 1, ClientName: "Test", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } }],
    },
    {
      dir: "s2c",
      t: 5,
      frame: [
        {
          ServerInfo: {
            Id: 1,
            ServerName: "bpkit",
            MaxPingTime: 1000,
            ProtocolVersionMajor: 4,
            ProtocolVersionMinor: 0,
          },
        },
      ],
    },
    { dir: "c2s", t: 10, frame: [{ RequestDeviceList: { Id: 2 } }] },
    { dir: "s2c", t: 12, frame: [{ DeviceList: { Id: 2, Devices: { "0": device } } }] },
    {
      dir: "c2s",
      t: 20,
      frame: [{ OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } }],
    },
    { dir: "s2c", t: 22, frame: [{ Ok: { Id: 3 } }] },
    {
      dir: "c2s",
      t: 30,
      frame: [{ InputCmd: { Id: 4, DeviceIndex: 0, FeatureIndex: 1, Type: "Battery", Command: "Read" } }],
    },
    {
      dir: "s2c",
      t: 32,
      frame: [{ InputReading: { Id: 4, DeviceIndex: 0, FeatureIndex: 1, Reading: { Battery: { Value: 85 } } } }],
    },
    { dir: "c2s", t: 500, frame: [{ Ping: { Id: 5 } }] },
    { dir: "s2c", t: 501, frame: [{ Ok: { Id: 5 } }] },
  ];
}

/** A well-behaved spec v3 session with ScalarCmd. */
export function v3Session(): Step[] {
  return [
    { dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "Old app", MessageVersion: 3 } }] },
    { dir: "s2c", t: 1, frame: [{ ServerInfo: { Id: 1, ServerName: "bpkit", MessageVersion: 3, MaxPingTime: 0 } }] },
    { dir: "c2s", t: 2, frame: [{ RequestDeviceList: { Id: 2 } }] },
    {
      dir: "s2c",
      t: 3,
      frame: [
        {
          DeviceList: {
            Id: 2,
            Devices: [
              {
                DeviceName: "Test Vibrator",
                DeviceIndex: 0,
                DeviceMessages: {
                  ScalarCmd: [
                    { StepCount: 20, FeatureDescriptor: "Clitoral Stimulator", ActuatorType: "Vibrate" },
                    { StepCount: 20, FeatureDescriptor: "Insertable Vibrator", ActuatorType: "Vibrate" },
                  ],
                  StopDeviceCmd: {},
                },
              },
            ],
          },
        },
      ],
    },
    {
      dir: "c2s",
      t: 4,
      frame: [
        {
          ScalarCmd: {
            Id: 3,
            DeviceIndex: 0,
            Scalars: [
              { Index: 0, Scalar: 0.5, ActuatorType: "Vibrate" },
              { Index: 1, Scalar: 1.0, ActuatorType: "Vibrate" },
            ],
          },
        },
      ],
    },
    { dir: "s2c", t: 5, frame: [{ Ok: { Id: 3 } }] },
    { dir: "c2s", t: 6, frame: [{ StopAllDevices: { Id: 4 } }] },
    { dir: "s2c", t: 7, frame: [{ Ok: { Id: 4 } }] },
  ];
}

/** A well-behaved spec v0 session (2017 style). */
export function v0Session(): Step[] {
  return [
    { dir: "c2s", t: 0, frame: [{ RequestServerInfo: { Id: 1, ClientName: "2017 app" } }] },
    {
      dir: "s2c",
      t: 1,
      frame: [
        {
          ServerInfo: {
            Id: 1,
            ServerName: "bpkit",
            MajorVersion: 0,
            MinorVersion: 0,
            BuildVersion: 0,
            MessageVersion: 0,
            MaxPingTime: 0,
          },
        },
      ],
    },
    { dir: "c2s", t: 2, frame: [{ StartScanning: { Id: 2 } }] },
    { dir: "s2c", t: 3, frame: [{ Ok: { Id: 2 } }] },
    {
      dir: "s2c",
      t: 4,
      frame: [
        {
          DeviceAdded: {
            Id: 0,
            DeviceName: "Lovense Hush",
            DeviceIndex: 0,
            DeviceMessages: ["SingleMotorVibrateCmd", "LovenseCmd", "StopDeviceCmd"],
          },
        },
      ],
    },
    { dir: "c2s", t: 5, frame: [{ SingleMotorVibrateCmd: { Id: 3, DeviceIndex: 0, Speed: 0.5 } }] },
    { dir: "s2c", t: 6, frame: [{ Ok: { Id: 3 } }] },
  ];
}

export const asLines = (steps: Step[]) => `${steps.map((s) => JSON.stringify(s.frame)).join("\n")}\n`;
export const asJsonl = (steps: Step[]) => `${steps.map((s) => JSON.stringify(s)).join("\n")}\n`;

/** A HAR document (pretty-printed, as Chrome saves it) holding the steps as websocket messages. */
export function asHar(steps: Step[]): string {
  const har = {
    log: {
      version: "1.2",
      creator: { name: "WebInspector", version: "537.36" },
      entries: [
        {
          request: { url: "http://127.0.0.1/app.js" },
          response: { status: 200, content: { text: '{ "not": ["ws"] }' } },
        },
        {
          request: { url: "ws://127.0.0.1:12345/" },
          _resourceType: "websocket",
          _webSocketMessages: steps.map((s) => ({
            type: s.dir === "c2s" ? "send" : "receive",
            time: 1700000000 + s.t / 1000,
            opcode: 1,
            data: JSON.stringify(s.frame),
          })),
        },
      ],
    },
  };
  return JSON.stringify(har, null, 2);
}
