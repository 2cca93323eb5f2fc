// Stub until the language server lands.
