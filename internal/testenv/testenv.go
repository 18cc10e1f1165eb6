// Package testenv holds what the tests of several packages share:
// deterministic keys and free loopback addresses. Only test files import
// it.
package testenv

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"net"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// Key derives a secp256k1 key from seed (sha256 of it): the same seed gives
// the same key. Never a real key.
func Key(tb testing.TB, seed string) *ecdsa.PrivateKey {
	tb.Helper()
	h := sha256.Sum256([]byte(seed))
	k, err := crypto.ToECDSA(h[:])
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

// LoopbackAddr returns a free 127.0.0.1 host:port (the kernel's choice; it
// may be taken again before the caller listens on it).
func LoopbackAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
