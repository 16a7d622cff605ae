// A parser that never finishes: answers nothing and keeps its process busy (tests of the time limit).
process.once('message', () => {
  for (;;);
});
