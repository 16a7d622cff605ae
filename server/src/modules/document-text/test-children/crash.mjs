// A parser that takes the whole process down (a native crash, an abort): tests of a process that dies without an answer.
process.once('message', () => process.abort());
