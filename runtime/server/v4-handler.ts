/**
 * What the server does with each v4 client message once it is valid and (if need be) upgraded:
 * device commands with their checks, scanning, device list. One handler per session; it keeps the
 * session's input subscriptions. RequestServerInfo, Ping and Disconnect are the session's own.
 */
import type { inside } from "../../generated";
import { ButtplugError, ErrorCode, deviceError, messageError, errorText } from "../errors";
import { inputMismatches, outputMismatches } from "../feature-rules";
import type { ServerDevice } from "./device";
import type { DeviceManager } from "./device-manager";

/** A v4 reply the handler produces: one server message with the request's Id. */
export type V4Reply = inside.ServerMessage;

/** An Error reply in the wire shape every spec version shares. */
export function errorReply(id: number, code: ErrorCode, message: string): inside.ServerMessage {
  return { Error: { Id: id, ErrorCode: code, ErrorMessage: message } } as inside.ServerMessage;
}

/** An Ok reply. */
export function okReply(id: number): inside.ServerMessage {
  return { Ok: { Id: id } } as inside.ServerMessage;
}

/** The Error reply for anything thrown while handling the request with this Id. */
export function replyForError(id: number, err: unknown): inside.ServerMessage {
  if (err instanceof ButtplugError) return errorReply(id, err.code, err.message);
  return errorReply(id, ErrorCode.Unknown, `internal error: ${errorText(err)}`);
}

/** Handles device-related v4 messages for one session. */
export class V4Handler {
  /** Subscribed inputs of this session, as "deviceIndex:featureIndex:InputType". */
  readonly subscriptions = new Set<string>();

  constructor(private readonly devices: DeviceManager) {}

  /**
   * Handle one v4 message. Device calls are made synchronously before the first await, so
   * commands reach devices in the order the client sent them.
   */
  handle(message: inside.ClientMessage): Promise<V4Reply> {
    const id = (Object.values(message)[0] as { Id?: number }).Id ?? 0;
    try {
      return this.route(message).catch((err: unknown) => replyForError(id, err));
    } catch (err) {
      return Promise.resolve(replyForError(id, err));
    }
  }

  private route(message: inside.ClientMessage): Promise<V4Reply> {
    if ("RequestDeviceList" in message) return Promise.resolve(this.deviceList(message.RequestDeviceList.Id));
    if ("StartScanning" in message) return this.startScanning(message.StartScanning.Id);
    if ("StopScanning" in message) return this.stopScanning(message.StopScanning.Id);
    if ("OutputCmd" in message) return this.outputCmd(message.OutputCmd);
    if ("InputCmd" in message) return this.inputCmd(message.InputCmd);
    if ("StopCmd" in message) return this.stopCmd(message.StopCmd);
    const [name] = Object.keys(message);
    const id = (Object.values(message)[0] as { Id?: number }).Id ?? 0;
    return Promise.resolve(errorReply(id, ErrorCode.Msg, `${name}: not handled by the device dispatcher`));
  }

  /** A DeviceList (Id 0 for the event sent when devices come and go). */
  deviceList(id: number): V4Reply {
    return { DeviceList: { Id: id, Devices: this.devices.deviceList() } } as V4Reply;
  }

  /** Whether a reading from a device should reach this session (it subscribed to it). */
  wants(deviceIndex: number, featureIndex: number, reading: inside.InputReadingValue): boolean {
    const [type] = Object.keys(reading);
    return this.subscriptions.has(`${deviceIndex}:${featureIndex}:${type}`);
  }

  /** Forget the subscriptions of a device that went away. */
  forgetDevice(deviceIndex: number): void {
    for (const key of [...this.subscriptions]) if (key.startsWith(`${deviceIndex}:`)) this.subscriptions.delete(key);
  }

  private async startScanning(id: number): Promise<V4Reply> {
    await this.devices.startScanning();
    return okReply(id);
  }

  private async stopScanning(id: number): Promise<V4Reply> {
    await this.devices.stopScanning();
    return okReply(id);
  }

  private device(index: number): ServerDevice {
    const device = this.devices.device(index);
    if (!device?.connected) throw deviceError(`DeviceIndex ${index}: no such device`);
    return device;
  }

  private feature(device: ServerDevice, deviceIndex: number, featureIndex: number): inside.DeviceFeature {
    const feature = device.features.get(featureIndex);
    if (!feature) {
      const known = [...device.features.keys()].join(", ");
      throw deviceError(
        `DeviceIndex ${deviceIndex} (${device.name}): no FeatureIndex ${featureIndex} (features: ${known})`,
      );
    }
    return feature;
  }

  private async outputCmd(cmd: inside.OutputCmd): Promise<V4Reply> {
    const device = this.device(cmd.DeviceIndex);
    const feature = this.feature(device, cmd.DeviceIndex, cmd.FeatureIndex);
    const where = `DeviceIndex ${cmd.DeviceIndex} (${device.name}) FeatureIndex ${cmd.FeatureIndex}`;
    const [mismatch] = outputMismatches(feature, cmd.Command);
    if (mismatch) throw deviceError(`${where}: ${mismatch.text}`);
    await device.output(cmd.FeatureIndex, cmd.Command);
    return okReply(cmd.Id);
  }

  private async inputCmd(cmd: inside.InputCmd): Promise<V4Reply> {
    const device = this.device(cmd.DeviceIndex);
    const feature = this.feature(device, cmd.DeviceIndex, cmd.FeatureIndex);
    const where = `DeviceIndex ${cmd.DeviceIndex} (${device.name}) FeatureIndex ${cmd.FeatureIndex}`;
    const [mismatch] = inputMismatches(feature, cmd.Type, cmd.Command);
    if (mismatch) throw deviceError(`${where}: ${mismatch.text}`);
    const key = `${cmd.DeviceIndex}:${cmd.FeatureIndex}:${cmd.Type}`;
    switch (cmd.Command) {
      case "Read": {
        const reading = await device.read(cmd.FeatureIndex, cmd.Type);
        return {
          InputReading: { Id: cmd.Id, DeviceIndex: cmd.DeviceIndex, FeatureIndex: cmd.FeatureIndex, Reading: reading },
        } as V4Reply;
      }
      case "Subscribe":
        // A duplicate subscription is acknowledged without a second one (spec: input.md).
        if (!this.subscriptions.has(key)) {
          this.subscriptions.add(key);
          try {
            await device.subscribe(cmd.FeatureIndex, cmd.Type);
          } catch (err) {
            this.subscriptions.delete(key);
            throw err;
          }
        }
        return okReply(cmd.Id);
      case "Unsubscribe":
        if (this.subscriptions.delete(key)) await device.unsubscribe(cmd.FeatureIndex, cmd.Type);
        return okReply(cmd.Id);
      default:
        throw messageError(`InputCmd Command ${String(cmd.Command)} unknown`);
    }
  }

  private async stopCmd(cmd: inside.StopCmd): Promise<V4Reply> {
    const outputs = cmd.Outputs ?? true;
    const inputs = cmd.Inputs ?? true;
    if (cmd.DeviceIndex === undefined) {
      // FeatureIndex without DeviceIndex is ignored (spec: stop.md).
      const stops: Promise<void>[] = [];
      this.devices.forEachConnected((index, d) => stops.push(this.stopDevice(index, d, undefined, outputs, inputs)));
      await Promise.all(stops);
      return okReply(cmd.Id);
    }
    const device = this.device(cmd.DeviceIndex);
    if (cmd.FeatureIndex !== undefined) this.feature(device, cmd.DeviceIndex, cmd.FeatureIndex);
    await this.stopDevice(cmd.DeviceIndex, device, cmd.FeatureIndex, outputs, inputs);
    return okReply(cmd.Id);
  }

  private stopDevice(
    index: number,
    device: ServerDevice,
    featureIndex: number | undefined,
    outputs: boolean,
    inputs: boolean,
  ): Promise<void> {
    if (inputs && this.subscriptions.size > 0) {
      const prefix = featureIndex === undefined ? `${index}:` : `${index}:${featureIndex}:`;
      for (const key of [...this.subscriptions]) if (key.startsWith(prefix)) this.subscriptions.delete(key);
    }
    return device.stop({ featureIndex, outputs, inputs });
  }
}
