// The passphrase rule, apart from the input schemas, so the lock screen loads with the app.
export const minPassphraseLength = 10;
