package ledger

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Envelope format constants.
const (
	// Version is the only envelope version this ledger accepts.
	Version uint16 = 1
	// MaxPayloadSize is the largest payload, in bytes, as it appears in the
	// envelope.
	MaxPayloadSize = 64 << 10
	// MaxEnvelopeSize is the largest encoded envelope (a raft log entry or
	// a request body) DecodeEnvelope accepts: the payload plus room for the
	// other fields and whitespace.
	MaxEnvelopeSize = MaxPayloadSize + 4<<10
	// SignatureSize is the length of a signature: R (32) || S (32) || V (1).
	SignatureSize = 65

	// DomainName and DomainVersion are the EIP-712 domain's name and
	// version; the domain's chainId is the ledger's Genesis.ChainID.
	DomainName    = "Agora"
	DomainVersion = "1"
	// PrimaryType is the EIP-712 struct a command is signed as.
	PrimaryType = "Command"
)

// Command types, the values of Envelope.Type.
const (
	TypeTick         = "tick"
	TypeCreateSubnet = "create_subnet"
	TypeRegister     = "register"
	TypeSetWeights   = "set_weights"
	TypeSettle       = "settle"

	TypeSetHyperparams = "set_hyperparams"
	TypeServeAxon      = "serve_axon"
	TypeStakeSnapshot  = "stake_snapshot"
	TypeCommitWeights  = "commit_weights"
	TypeRevealWeights  = "reveal_weights"

	TypeAddComparisons    = "add_comparisons"
	TypeSubmitPreferences = "submit_preferences"
)

// KnownType reports whether typ is one of the command types.
func KnownType(typ string) bool {
	switch typ {
	case TypeTick, TypeCreateSubnet, TypeRegister, TypeSetWeights, TypeSettle,
		TypeSetHyperparams, TypeServeAxon, TypeStakeSnapshot, TypeCommitWeights, TypeRevealWeights,
		TypeChainEvents, TypeAddComparisons, TypeSubmitPreferences, TypeCommitFineTune, TypeReportEvidence, TypeSlash:
		return true
	}
	return false
}

// Envelope is a signed, versioned ledger command. Its signature is an
// EIP-712 typed-data signature, domain {name "Agora", version "1", chainId},
// over the struct
//
//	Command(string type,uint16 version,bytes32 payloadHash,uint64 nonce,address signer)
//
// where payloadHash = keccak256(CanonicalPayload(Payload)). The encoded
// envelope is a JSON object with exactly the fields below:
//
//	{"type":"tick","version":1,"payload":{"block":7},"nonce":12,
//	 "signer":"0x…","signature":"0x…(65 bytes)"}
type Envelope struct {
	// Type is the command type, one of the Type* constants.
	Type string `json:"type"`
	// Version is the command format version; always Version (1).
	Version uint16 `json:"version"`
	// Payload is the command's JSON object (see the payload types).
	Payload json.RawMessage `json:"payload"`
	// Nonce is the signer's command counter: the ledger accepts only its
	// last accepted nonce + 1, starting at 1.
	Nonce uint64 `json:"nonce"`
	// Signer is the address of the signing key (a hotkey, a subnet owner
	// or a genesis validator, depending on the command).
	Signer common.Address `json:"signer"`
	// Signature is [R || S || V], 65 bytes, V in {0, 1}; Verify also takes
	// V in {27, 28}.
	Signature hexutil.Bytes `json:"signature"`
}

// NewEnvelope returns an unsigned version-1 envelope of type typ whose
// payload is payload encoded as JSON. The payload is checked with the type's
// decoder (DecodeTick, …), so a command that could never be accepted fails
// here rather than in the ledger. Sign it before submitting.
func NewEnvelope(typ string, payload any, nonce uint64) (*Envelope, error) {
	if !KnownType(typ) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownType, typ)
	}
	data, err := json.Marshal(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalidPayload, typ, err)
	}
	if len(data) > MaxPayloadSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(data), MaxPayloadSize)
	}
	if _, err := DecodePayload(typ, data); err != nil {
		return nil, err
	}
	return &Envelope{Type: typ, Version: Version, Payload: data, Nonce: nonce}, nil
}

// DecodeEnvelope parses an encoded envelope strictly: a single JSON object
// of at most MaxEnvelopeSize bytes with every field of Envelope present
// (signature may be empty only in the sense that Verify then refuses it) and
// no other. A repeated key is decoded again, the last occurrence counting,
// as encoding/json does. It does not verify the signature.
func DecodeEnvelope(data []byte) (*Envelope, error) {
	e, _, err := decodeEnvelope(data, false)
	return e, err
}

// DecodeAndVerify decodes data as DecodeEnvelope does (the error in
// decodeErr) and verifies the envelope for chainID as Verify does (the
// error in verifyErr), in one pass: a payload already in CanonicalPayload
// form, as clients send it, is hashed as it is rather than encoded again.
func DecodeAndVerify(data []byte, chainID uint64) (env *Envelope, decodeErr, verifyErr error) {
	e, canonical, err := decodeEnvelope(data, false)
	if err != nil {
		return nil, err, nil
	}
	return e, nil, e.verify(newSigningDomain(chainID), canonical)
}

// decodeEnvelope is DecodeEnvelope that also reports whether the payload
// is already in CanonicalPayload form, found in the same pass. With alias
// the payload shares data's bytes (Apply's entries never change) instead
// of being a copy.
func decodeEnvelope(data []byte, alias bool) (e *Envelope, canonical bool, err error) {
	if len(data) > MaxEnvelopeSize {
		return nil, false, fmt.Errorf("%w: %d bytes, at most %d", ErrMalformedEnvelope, len(data), MaxEnvelopeSize)
	}
	e = new(Envelope)
	d := newStrictDecoder(data)
	d.aliasRaw = alias
	if err := d.top(reflect.ValueOf(e).Elem(), "Envelope", envelopeKeys[:], false); err != nil {
		return nil, false, fmt.Errorf("%w: %v", ErrMalformedEnvelope, err)
	}
	return e, d.rawCanonical, nil
}

// envelopeKeys are the keys of an encoded Envelope, all required.
var envelopeKeys = [...]string{"type", "version", "payload", "nonce", "signer", "signature"}

// CanonicalPayload returns the bytes a payload hash covers: the payload as
// encoding/json re-encodes a json.RawMessage, that is with insignificant
// whitespace removed and <, >, &, U+2028 and U+2029 inside strings escaped
// as \u003c, \u003e, \u0026, \u2028, \u2029. Re-encoding an envelope
// (json.Marshal) therefore never changes its payload hash. Key order and
// number spelling are kept as sent. An error means the payload is not
// valid JSON.
func CanonicalPayload(payload json.RawMessage) ([]byte, error) {
	if isCanonical(payload) {
		return bytes.Clone(payload), nil
	}
	return compactPayload(payload)
}

// isCanonical reports, in one scan, whether payload is valid JSON already
// in CanonicalPayload form (the usual case: clients send json.Marshal's
// output), which needs no re-encoding.
func isCanonical(payload []byte) bool {
	r := jsonReader{data: payload}
	return r.skip() && r.pos == len(payload) && !r.ws && !r.html
}

// compactPayload is CanonicalPayload by encoding/json.
func compactPayload(payload json.RawMessage) ([]byte, error) {
	if len(payload) == 0 {
		return nil, errors.New("empty payload")
	}
	out, err := json.Marshal(payload)
	if err != nil {
		var me *json.MarshalerError
		if errors.As(err, &me) {
			return nil, me.Unwrap()
		}
		return nil, err
	}
	return out, nil
}

// PayloadHash returns keccak256(CanonicalPayload(e.Payload)).
func (e *Envelope) PayloadHash() (common.Hash, error) {
	if isCanonical(e.Payload) {
		return crypto.Keccak256Hash(e.Payload), nil
	}
	canon, err := compactPayload(e.Payload)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrInvalidPayload, err)
	}
	return crypto.Keccak256Hash(canon), nil
}

// TypedData returns the EIP-712 typed data the signature covers, in the
// form eth_signTypedData_v4 takes, so that an external wallet can sign a
// command: types EIP712Domain(string name,string version,uint256 chainId)
// and Command, primary type Command.
func (e *Envelope) TypedData(chainID uint64) (apitypes.TypedData, error) {
	ph, err := e.PayloadHash()
	if err != nil {
		return apitypes.TypedData{}, err
	}
	return e.typedData(chainID, ph), nil
}

func (e *Envelope) typedData(chainID uint64, payloadHash common.Hash) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
			},
			PrimaryType: {
				{Name: "type", Type: "string"},
				{Name: "version", Type: "uint16"},
				{Name: "payloadHash", Type: "bytes32"},
				{Name: "nonce", Type: "uint64"},
				{Name: "signer", Type: "address"},
			},
		},
		PrimaryType: PrimaryType,
		Domain: apitypes.TypedDataDomain{
			Name:    DomainName,
			Version: DomainVersion,
			ChainId: hexOrDecimal(chainID),
		},
		Message: apitypes.TypedDataMessage{
			"type":        e.Type,
			"version":     hexOrDecimal(uint64(e.Version)),
			"payloadHash": payloadHash.Hex(),
			"nonce":       hexOrDecimal(e.Nonce),
			"signer":      e.Signer.Hex(),
		},
	}
}

func hexOrDecimal(v uint64) *math.HexOrDecimal256 {
	return (*math.HexOrDecimal256)(new(big.Int).SetUint64(v))
}

// SigningHash returns the EIP-712 digest keccak256(0x19 0x01 ‖
// domainSeparator ‖ hashStruct(Command)) that the signature signs.
func (e *Envelope) SigningHash(chainID uint64) (common.Hash, error) {
	ph, err := e.PayloadHash()
	if err != nil {
		return common.Hash{}, err
	}
	return newSigningDomain(chainID).digest(e, ph), nil
}

// EIP-712 type hashes and the domain's fixed members, precomputed
// (TestEIP712Constants checks them):
//
//	domainTypeHash    = keccak256("EIP712Domain(string name,string version,uint256 chainId)")
//	commandTypeHash   = keccak256("Command(string type,uint16 version,bytes32 payloadHash,uint64 nonce,address signer)")
//	domainNameHash    = keccak256(DomainName)
//	domainVersionHash = keccak256(DomainVersion)
const (
	domainTypeHash = "\xc2\xf8\x78\x71\x76\xb8\xac\x6b\xf7\x21\x5b\x4a\xdc\xc1\xe0\x69" +
		"\xbf\x4a\xb8\x2d\x9a\xb1\xdf\x05\xa5\x7a\x91\xd4\x25\x93\x5b\x6e"
	commandTypeHash = "\x30\xc8\xb8\xbe\xea\x88\xf0\xde\x0f\x00\xee\xf4\xf9\x64\x2e\x39" +
		"\xc9\x32\x0e\xb4\x6d\xd0\x57\xaa\x60\xc9\xb8\xa3\x53\xb8\x44\xb9"
	domainNameHash = "\x76\x52\x1a\xfa\x72\xad\x6f\xa5\x2e\xbd\x9f\xa6\x0b\x50\xd2\xc9" +
		"\xe9\x48\x35\xa4\x04\x00\xe0\xce\xb1\x53\x36\xa4\x8f\x60\xf5\x33"
	domainVersionHash = "\xc8\x9e\xfd\xaa\x54\xc0\xf2\x0c\x7a\xdf\x61\x28\x82\xdf\x09\x50" +
		"\xf5\xa9\x51\x63\x7e\x03\x07\xcd\xcb\x4c\x67\x2f\x29\x8b\x8b\xc6"
)

// signingDomain is the EIP-712 domain of one chain id with its separator
// computed once; the FSM keeps its genesis chain's.
type signingDomain struct {
	chainID   uint64
	separator common.Hash
}

// newSigningDomain computes the domain separator of chainID:
// keccak256(domainTypeHash ‖ keccak256("Agora") ‖ keccak256("1") ‖ chainId
// as a uint256).
func newSigningDomain(chainID uint64) signingDomain {
	var buf [4 * 32]byte
	copy(buf[0:], domainTypeHash)
	copy(buf[32:], domainNameHash)
	copy(buf[64:], domainVersionHash)
	binary.BigEndian.PutUint64(buf[120:], chainID)
	return signingDomain{chainID: chainID, separator: crypto.Keccak256Hash(buf[:])}
}

// digest is the EIP-712 digest of e with the given payload hash:
//
//	keccak256(0x19 0x01 ‖ separator ‖ keccak256(commandTypeHash ‖
//	    keccak256(type) ‖ version ‖ payloadHash ‖ nonce ‖ signer))
//
// with version and nonce as uint256 and the signer left-padded to 32
// bytes, which is apitypes.TypedDataAndHash(e.TypedData(chainID))
// (TestDigestMatchesTypedData).
func (d signingDomain) digest(e *Envelope, payloadHash common.Hash) common.Hash {
	var msg [6 * 32]byte
	copy(msg[0:], commandTypeHash)
	kh := crypto.NewKeccakState()
	kh.Write([]byte(e.Type))
	kh.Read(msg[32:64])
	binary.BigEndian.PutUint16(msg[94:], e.Version)
	copy(msg[96:], payloadHash[:])
	binary.BigEndian.PutUint64(msg[152:], e.Nonce)
	copy(msg[172:], e.Signer[:])
	var out [2 + 2*32]byte
	out[0], out[1] = 0x19, 0x01
	copy(out[2:], d.separator[:])
	kh.Reset()
	kh.Write(msg[:])
	kh.Read(out[34:])
	kh.Reset()
	kh.Write(out[:])
	var h common.Hash
	kh.Read(h[:])
	return h
}

// Sign sets e.Signer to key's address and e.Signature to key's signature of
// e.SigningHash(chainID), in the [R || S || V] form with V in {0, 1} and a
// low s.
func (e *Envelope) Sign(key *ecdsa.PrivateKey, chainID uint64) error {
	if key == nil {
		return errors.New("ledger: sign: nil key")
	}
	e.Signer = crypto.PubkeyToAddress(key.PublicKey)
	h, err := e.SigningHash(chainID)
	if err != nil {
		return err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("ledger: sign: %w", err)
	}
	e.Signature = sig
	return nil
}

// Verify checks everything about e that does not depend on the ledger's
// state, in this order, and returns nil or the first failure:
//
//   - ErrUnknownType         the type is not a command type
//   - ErrUnsupportedVersion  the version is not 1
//   - ErrPayloadTooLarge     the payload exceeds MaxPayloadSize bytes
//   - ErrInvalidPayload      the payload is not valid JSON
//   - ErrBadSignature        the signature is not 65 bytes, V is not in
//     {0, 1, 27, 28}, r or s is 0 or not below the curve order, or no key
//     recovers
//   - ErrMalleableSignature  s is above half the curve order
//   - ErrWrongSigner         the recovered address is not e.Signer
//
// The payload's content and the nonce are checked by the ledger (FSM.Apply);
// a verified envelope may still be rejected there.
func (e *Envelope) Verify(chainID uint64) error {
	return e.verify(newSigningDomain(chainID), false)
}

// verify is Verify in domain dom; canonical says that e.Payload is valid
// JSON in CanonicalPayload form already (decodeEnvelope found it so), so
// that its hash is that of its bytes.
func (e *Envelope) verify(dom signingDomain, canonical bool) error {
	return e.check(dom, canonical, true)
}

// check is Verify in domain dom (canonical as for verify). With recoverSigner
// false it makes every check but the signature's recovery (the last two of
// Verify's list): that is for an envelope whose signer the leader already
// recovered (see Attest).
func (e *Envelope) check(dom signingDomain, canonical, recoverSigner bool) error {
	if !KnownType(e.Type) {
		return fmt.Errorf("%w: %q", ErrUnknownType, truncate(e.Type, 32))
	}
	if e.Version != Version {
		return fmt.Errorf("%w: %d, want %d", ErrUnsupportedVersion, e.Version, Version)
	}
	if len(e.Payload) > MaxPayloadSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(e.Payload), MaxPayloadSize)
	}
	var ph common.Hash
	if canonical {
		if recoverSigner {
			ph = crypto.Keccak256Hash(e.Payload)
		}
	} else {
		var err error
		if ph, err = e.PayloadHash(); err != nil {
			return err
		}
	}
	if len(e.Signature) != SignatureSize {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(e.Signature), SignatureSize)
	}
	var sig [SignatureSize]byte
	copy(sig[:], e.Signature)
	switch v := sig[64]; v {
	case 0, 1:
	case 27, 28:
		sig[64] = v - 27
	default:
		return fmt.Errorf("%w: v = %d", ErrBadSignature, v)
	}
	// crypto.ValidateSignatureValues(v, r, s, false) on the big-endian
	// bytes: 0 < r, s < N.
	if r, s := string(sig[:32]), string(sig[32:64]); r == zeroWord || s == zeroWord || r >= secp256k1Order || s >= secp256k1Order {
		return fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	if string(sig[32:64]) > secp256k1HalfN {
		return ErrMalleableSignature
	}
	if !recoverSigner {
		return nil
	}
	h := dom.digest(e, ph)
	pub, err := crypto.Ecrecover(h[:], sig[:])
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	// pub is the uncompressed point 0x04 ‖ X ‖ Y; the address is the last
	// 20 bytes of keccak256(X ‖ Y) (crypto.PubkeyToAddress).
	var got common.Address
	copy(got[:], crypto.Keccak256(pub[1:])[12:])
	if got != e.Signer {
		return fmt.Errorf("%w: signed by %s, signer %s", ErrWrongSigner, got.Hex(), e.Signer.Hex())
	}
	return nil
}

// zeroWord is 32 zero bytes; secp256k1Order is the secp256k1 group order as 32
// big-endian bytes.
const (
	zeroWord       = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	secp256k1Order = "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfe" +
		"\xba\xae\xdc\xe6\xaf\x48\xa0\x3b\xbf\xd2\x5e\x8c\xd0\x36\x41\x41"
)

// secp256k1HalfN is half the secp256k1 group order (the largest s of a
// low-s signature) as 32 big-endian bytes; comparing two equal-length byte
// strings compares the numbers.
const secp256k1HalfN = "\x7f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\x5d\x57\x6e\x73\x57\xa4\x50\x1d\xdf\xe9\x2f\x46\x68\x1b\x20\xa0"

// truncate shortens s to at most n bytes for an error message.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
