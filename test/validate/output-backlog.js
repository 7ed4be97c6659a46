// Preloaded (node -r) into a `bpkit validate` child by memory.test.ts: records the largest amount
// of output stdout ever held unwritten, and prints it to stderr at exit.

let most = 0;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (...args) => {
  const ok = write(...args);
  most = Math.max(most, process.stdout.writableLength);
  return ok;
};
process.on("exit", () => process.stderr.write(`output backlog ${most}\n`));
