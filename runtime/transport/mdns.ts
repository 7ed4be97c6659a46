/**
 * mDNS announcement (Intiface Engine's `--broadcast-server-mdns`, src/mdns.rs): the server is
 * published as service type `_intiface_engine._tcp`, instance "Intiface <6 random letters and
 * digits>" (plus ` <suffix>` with `--mdns-suffix`), TXT `path=/`, on the port it listens on.
 * A server that listens on loopback only cannot be reached by what would find it, so it
 * announces nothing and says so.
 */
import { randomInt } from "node:crypto";
import type { Logger } from "../log";
import { errorText } from "../errors";

/** What is announced. */
export interface MdnsRecord {
  name: string;
  /** bonjour-service's spelling of `_intiface_engine._tcp`. */
  type: "intiface_engine";
  protocol: "tcp";
  port: number;
  txt: { path: "/" };
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** The record Intiface Engine announces, for a server on `port`. */
export function mdnsRecord(port: number, suffix?: string, random: (n: number) => number = randomInt): MdnsRecord {
  const tag = Array.from({ length: 6 }, () => ALPHANUMERIC[random(ALPHANUMERIC.length)]).join("");
  return {
    name: `Intiface ${tag}${suffix ? ` ${suffix}` : ""}`,
    type: "intiface_engine",
    protocol: "tcp",
    port,
    txt: { path: "/" },
  };
}

/** The slice of bonjour-service used (a fake in tests). */
export interface MdnsPublisher {
  publish(record: MdnsRecord): unknown;
  unpublishAll(callback?: () => void): void;
  destroy(): void;
}

/**
 * Announce a server listening on `host`:`port`, or (loopback only) log why not and return
 * undefined. The result's stop() withdraws the announcement.
 */
export function announceServer(options: {
  host: string;
  port: number;
  suffix?: string;
  log: Logger;
  publisher?: () => MdnsPublisher;
}): { record: MdnsRecord; stop(): Promise<void> } | undefined {
  const { host, port, suffix, log } = options;
  if (host === "127.0.0.1" || host === "::1" || host === "localhost") {
    log.info(
      "mDNS: not announcing: the server listens on loopback only, where nothing that browses the network can reach it (add --websocket-use-all-interfaces)",
    );
    return undefined;
  }
  const record = mdnsRecord(port, suffix);
  let publisher: MdnsPublisher;
  try {
    publisher = options.publisher
      ? options.publisher()
      : new (require("bonjour-service").Bonjour as new () => MdnsPublisher)();
    publisher.publish(record);
  } catch (error) {
    log.warn(`mDNS: cannot announce the server: ${errorText(error)}`);
    return undefined;
  }
  log.info(`mDNS: announcing "${record.name}" (_intiface_engine._tcp, port ${port})`);
  return {
    record,
    stop: () =>
      new Promise<void>((resolve) => {
        publisher.unpublishAll(() => {
          publisher.destroy();
          resolve();
        });
      }),
  };
}
