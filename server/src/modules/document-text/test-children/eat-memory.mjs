// A parser that keeps allocating outside the JavaScript heap (decoded images, buffers): tests of the memory limit.
const kept = [];
process.once('message', () => {
  setInterval(() => kept.push(Buffer.alloc(16 * 1024 * 1024, 1)), 20);
});
