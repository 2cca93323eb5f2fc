// Stub until the CLI lands.
console.log('bulletproof: not built yet');
