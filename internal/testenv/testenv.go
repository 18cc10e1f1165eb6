// Package testenv holds what the tests of several packages share:
// deterministic keys and free loopback addresses. Only test files import
// it.
package testenv

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
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

// LoopbackAddr returns a free 127.0.0.1 host:port. Its port is below
// Linux's ephemeral range (32768 and up), from which the kernel picks the
// local ports of outgoing connections: a node restarted on its address must
// find it free, and with tests running in parallel a connection could
// otherwise take it between this check and the listen.
func LoopbackAddr(tb testing.TB) string {
	tb.Helper()
	for range 1000 {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", 10_000+rand.IntN(22_000)))
		if err != nil {
			continue
		}
		defer ln.Close()
		return ln.Addr().String()
	}
	tb.Fatal("no free loopback port between 10000 and 32000")
	return ""
}
