"""Pure rules of an equal-membership body: no SQL, no Qt, no file I/O."""
