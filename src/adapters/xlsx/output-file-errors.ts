/** A file stood at the output path when the new file was to be put there; it was left as it was. */
export class FileTakenError extends Error {
  constructor(readonly path: string) {
    super(`a file already exists at ${path}`);
    this.name = 'FileTakenError';
  }
}

/** The file to be replaced in place is read-only (or not a writable regular file); it was left as it was. */
export class ReadOnlyFileError extends Error {
  constructor(readonly path: string) {
    super(`the file is read-only: ${path}`);
    this.name = 'ReadOnlyFileError';
  }
}
