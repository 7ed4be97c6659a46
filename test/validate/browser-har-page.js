// The page side of test/validate/browser-har.ts (plain browser JavaScript, loaded into the page
// after the official `buttplug` web bundle, which defines `buttplug`).

/** The official client: connect, scan, vibrate the Lush at half, read its battery, stop, disconnect. */
window.officialSession = async (url) => {
  const bp = window.buttplug;
  const client = new bp.ButtplugClient("bpkit HAR capture");
  await client.connect(new bp.ButtplugBrowserWebsocketClientConnector(url));
  await client.startScanning(); // npm start's devices are there already: the handshake's device list holds them
  const lush = [...client.devices.values()].find((d) => d.name === "Lovense Lush");
  if (!lush) throw new Error("no Lovense Lush in the device list");
  await lush.runOutput(bp.DeviceOutput.Vibrate.percent(0.5));
  const battery = await lush.battery();
  await lush.stop();
  await client.stopScanning();
  const devices = [...client.devices.values()].map((d) => d.name);
  await client.disconnect();
  return { devices, battery };
};

/**
 * A hand-written v4 client on a plain WebSocket: handshake, device list, then a Ping every 150 ms
 * (inside a MaxPingTime of 1000 ms). `broken`: one out-of-range Vibrate before the pings.
 */
window.pingSession = async (url, broken) => {
  const socket = new WebSocket(url);
  let replies = 0;
  let wake = () => {};
  socket.onmessage = () => {
    replies++;
    wake();
  };
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const request = async (message) => {
    const before = replies;
    socket.send(JSON.stringify([message]));
    while (replies === before) await new Promise((resolve) => (wake = resolve));
  };
  await request({
    RequestServerInfo: { Id: 1, ClientName: "page script", ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
  });
  await request({ RequestDeviceList: { Id: 2 } });
  let id = 3;
  if (broken)
    await request({ OutputCmd: { Id: id++, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 21 } } } });
  let pings = 0;
  for (; pings < 6; pings++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await request({ Ping: { Id: id++ } });
  }
  const closed = new Promise((resolve) => (socket.onclose = resolve));
  socket.close();
  await closed;
  return pings;
};
