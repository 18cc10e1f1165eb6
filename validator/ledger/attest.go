package ledger

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// attestedTag starts an attested log entry. An encoded Envelope is a JSON
// object and starts with '{' (or white space), never with this byte.
const attestedTag = 0x01

// attestedHeader is the size of an attested entry's header: the tag and
// the signer's 20-byte address.
const attestedHeader = 1 + common.AddressLength

// Attest frames an encoded envelope whose signature the leader has verified
// (Envelope.Verify) for the raft log: the tag byte 0x01, the recovered
// signer's 20-byte address, then the envelope's bytes unchanged.
//
// Apply trusts an attested entry's signer and skips recovering it again;
// it still makes every other check of Verify and of the command. This is
// the trust raft already places in its leader, which alone appends to the
// log and could append any entry: what it vouches for is checked once, at
// the edge where the command entered the cluster, rather than again on
// every replica in the serial apply path. (etcd does the same with the
// user its API authenticated.) Replicas still reach identical states, since
// the signer is part of the entry's bytes. Bare envelopes are still
// accepted and verified in full.
func Attest(signer common.Address, envelope []byte) []byte {
	out := make([]byte, attestedHeader+len(envelope))
	out[0] = attestedTag
	copy(out[1:attestedHeader], signer[:])
	copy(out[attestedHeader:], envelope)
	return out
}

// parseAttested splits an attested entry into its signer and envelope; any
// other entry is returned whole with attested false.
func parseAttested(data []byte) (signer common.Address, envelope []byte, attested bool, err error) {
	if len(data) == 0 || data[0] != attestedTag {
		return signer, data, false, nil
	}
	if len(data) < attestedHeader {
		return signer, nil, true, fmt.Errorf("%w: attested entry of %d bytes, shorter than its header", ErrMalformedEnvelope, len(data))
	}
	copy(signer[:], data[1:attestedHeader])
	return signer, data[attestedHeader:], true, nil
}
