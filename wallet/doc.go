// Package wallet keeps secp256k1 keys in go-ethereum keystore V3 files (the
// format geth and most Ethereum wallets read): it creates them, lists a
// keystore directory and decrypts a file into a private key. It also
// resolves the passphrase that protects them, from a password file or the
// AGORA_PASSWORD environment variable.
//
// A key never appears in a command line, a config file or a log: only the
// path of its keystore file does.
package wallet
