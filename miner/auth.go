package miner

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Headers of a signed axon request.
const (
	// HeaderSigner is the validator's address, 0x-hex.
	HeaderSigner = "X-Agora-Signer"
	// HeaderSubnet is the subnet id the request is for, decimal.
	HeaderSubnet = "X-Agora-Subnet"
	// HeaderTimestamp is the signing time in Unix milliseconds, decimal.
	HeaderTimestamp = "X-Agora-Timestamp"
	// HeaderNonce is a decimal uint64 the signer never reuses within the
	// replay window (a random one serves).
	HeaderNonce = "X-Agora-Nonce"
	// HeaderSignature is the request's 65-byte signature, 0x-hex.
	HeaderSignature = "X-Agora-Signature"
)

// Headers of a signed axon response.
const (
	// HeaderMiner is the miner's hotkey, 0x-hex.
	HeaderMiner = "X-Agora-Miner"
	// HeaderRequestHash is the EIP-712 digest of the request answered.
	HeaderRequestHash = "X-Agora-Request-Hash"
	// HeaderResponseSignature is the miner's 65-byte signature of the
	// response, 0x-hex.
	HeaderResponseSignature = "X-Agora-Response-Signature"
)

// EIP-712 names of the axon's typed data. The domain is the ledger's:
// {name "Agora", version "1", chainId}.
const (
	domainName    = "Agora"
	domainVersion = "1"

	requestType  = "AxonRequest(address signer,address miner,uint16 subnet,string method,string path,bytes32 bodyHash,uint64 timestamp,uint64 nonce)"
	responseType = "AxonResponse(bytes32 request,uint16 status,bytes32 bodyHash,address miner)"
	domainType   = "EIP712Domain(string name,string version,uint256 chainId)"
)

// Errors of signed requests and responses.
var (
	// ErrUnsigned: the request lacks a signature header or one is
	// malformed (401).
	ErrUnsigned = errors.New("miner: unsigned or malformed auth headers")
	// ErrBadSignature: the signature is malformed or not the claimed
	// signer's (403).
	ErrBadSignature = errors.New("miner: bad signature")
)

// SignedRequest is the signed envelope of an axon request: who sends it
// (Signer, a validator), to which miner and subnet, what (method, path and
// the keccak256 of the body) and when (Timestamp in Unix milliseconds and
// a Nonce). The signature is an EIP-712 signature over
//
//	AxonRequest(address signer,address miner,uint16 subnet,string method,
//	            string path,bytes32 bodyHash,uint64 timestamp,uint64 nonce)
//
// in the ledger's domain {name "Agora", version "1", chainId}, so a wallet
// can sign it with eth_signTypedData_v4 (TypedData). Naming the miner
// keeps a request from being replayed to another miner.
type SignedRequest struct {
	Signer    common.Address `json:"signer"`
	Miner     common.Address `json:"miner"`
	Subnet    uint16         `json:"subnet"`
	Method    string         `json:"method"`
	Path      string         `json:"path"`
	BodyHash  common.Hash    `json:"body_hash"`
	Timestamp uint64         `json:"timestamp"`
	Nonce     uint64         `json:"nonce"`
	Signature hexutil.Bytes  `json:"signature"`
}

// domainSeparator returns keccak256(typeHash(EIP712Domain) ‖
// keccak256("Agora") ‖ keccak256("1") ‖ chainId).
func domainSeparator(chainID uint64) []byte {
	buf := make([]byte, 0, 4*32)
	buf = append(buf, crypto.Keccak256([]byte(domainType))...)
	buf = append(buf, crypto.Keccak256([]byte(domainName))...)
	buf = append(buf, crypto.Keccak256([]byte(domainVersion))...)
	buf = append(buf, word(chainID)...)
	return crypto.Keccak256(buf)
}

// word is v as a 32-byte big-endian uint256.
func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}

// eip712 returns keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash).
func eip712(chainID uint64, structHash []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator(chainID), structHash)
}

// Digest returns the EIP-712 digest the request's signature signs.
func (r *SignedRequest) Digest(chainID uint64) common.Hash {
	return eip712(chainID, crypto.Keccak256(
		crypto.Keccak256([]byte(requestType)),
		common.LeftPadBytes(r.Signer[:], 32),
		common.LeftPadBytes(r.Miner[:], 32),
		word(uint64(r.Subnet)),
		crypto.Keccak256([]byte(r.Method)),
		crypto.Keccak256([]byte(r.Path)),
		r.BodyHash[:],
		word(r.Timestamp),
		word(r.Nonce),
	))
}

// TypedData returns the typed data of the request as eth_signTypedData_v4
// takes it; its hash is Digest.
func (r *SignedRequest) TypedData(chainID uint64) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}},
			"AxonRequest": {
				{Name: "signer", Type: "address"}, {Name: "miner", Type: "address"}, {Name: "subnet", Type: "uint16"},
				{Name: "method", Type: "string"}, {Name: "path", Type: "string"}, {Name: "bodyHash", Type: "bytes32"},
				{Name: "timestamp", Type: "uint64"}, {Name: "nonce", Type: "uint64"},
			},
		},
		PrimaryType: "AxonRequest",
		Domain:      typedDomain(chainID),
		Message: apitypes.TypedDataMessage{
			"signer": r.Signer.Hex(), "miner": r.Miner.Hex(), "subnet": strconv.Itoa(int(r.Subnet)),
			"method": r.Method, "path": r.Path, "bodyHash": r.BodyHash.Hex(),
			"timestamp": strconv.FormatUint(r.Timestamp, 10), "nonce": strconv.FormatUint(r.Nonce, 10),
		},
	}
}

func typedDomain(chainID uint64) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{Name: domainName, Version: domainVersion,
		ChainId: (*gethmath.HexOrDecimal256)(new(big.Int).SetUint64(chainID))}
}

// Sign sets r.Signer to key's address and r.Signature to its signature of
// r.Digest(chainID).
func (r *SignedRequest) Sign(key *ecdsa.PrivateKey, chainID uint64) error {
	if key == nil {
		return errors.New("miner: sign request: nil key")
	}
	r.Signer = crypto.PubkeyToAddress(key.PublicKey)
	sig, err := signDigest(key, r.Digest(chainID))
	if err != nil {
		return err
	}
	r.Signature = sig
	return nil
}

// Verify checks that r.Signature is r.Signer's signature of r's digest; it
// returns nil or an error wrapping ErrBadSignature.
func (r *SignedRequest) Verify(chainID uint64) error {
	return verifyDigest(r.Digest(chainID), r.Signature, r.Signer)
}

// SetHeaders writes r's auth headers into h.
func (r *SignedRequest) SetHeaders(h http.Header) {
	h.Set(HeaderSigner, r.Signer.Hex())
	h.Set(HeaderSubnet, strconv.Itoa(int(r.Subnet)))
	h.Set(HeaderTimestamp, strconv.FormatUint(r.Timestamp, 10))
	h.Set(HeaderNonce, strconv.FormatUint(r.Nonce, 10))
	h.Set(HeaderSignature, hexutil.Encode(r.Signature))
}

// RequestFromHeaders rebuilds the signed request of an incoming request:
// the auth headers of h and the method, path, body hash and miner the
// receiver knows. It does not verify the signature. A missing or malformed
// header is an error wrapping ErrUnsigned.
func RequestFromHeaders(h http.Header, method, path string, bodyHash common.Hash, miner common.Address) (*SignedRequest, error) {
	r := &SignedRequest{Miner: miner, Method: method, Path: path, BodyHash: bodyHash}
	get := func(name string) (string, error) {
		v := h.Values(name)
		switch {
		case len(v) == 0 || v[0] == "":
			return "", fmt.Errorf("%w: missing %s", ErrUnsigned, name)
		case len(v) > 1:
			return "", fmt.Errorf("%w: %s given %d times", ErrUnsigned, name, len(v))
		}
		return v[0], nil
	}
	signer, err := get(HeaderSigner)
	if err != nil {
		return nil, err
	}
	if !common.IsHexAddress(signer) || len(signer) != 42 {
		return nil, fmt.Errorf("%w: %s is not a 0x-prefixed address", ErrUnsigned, HeaderSigner)
	}
	r.Signer = common.HexToAddress(signer)
	nums := []struct {
		name string
		bits int
		dst  func(uint64)
	}{
		{HeaderSubnet, 16, func(v uint64) { r.Subnet = uint16(v) }},
		{HeaderTimestamp, 64, func(v uint64) { r.Timestamp = v }},
		{HeaderNonce, 64, func(v uint64) { r.Nonce = v }},
	}
	for _, n := range nums {
		s, err := get(n.name)
		if err != nil {
			return nil, err
		}
		v, err := strconv.ParseUint(s, 10, n.bits)
		if err != nil {
			return nil, fmt.Errorf("%w: %s is not a decimal uint%d", ErrUnsigned, n.name, n.bits)
		}
		n.dst(v)
	}
	sig, err := get(HeaderSignature)
	if err != nil {
		return nil, err
	}
	if r.Signature, err = hexutil.Decode(sig); err != nil || len(r.Signature) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: %s is not 65 bytes of 0x-hex", ErrUnsigned, HeaderSignature)
	}
	return r, nil
}

// signDigest signs d with key: [R ‖ S ‖ V], V in {0, 1}, low s.
func signDigest(key *ecdsa.PrivateKey, d common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, fmt.Errorf("miner: sign: %w", err)
	}
	return sig, nil
}

// verifyDigest checks that sig is want's signature of d: 65 bytes, V in
// {0, 1, 27, 28}, r and s in range with a low s, and the recovered
// address want. Errors wrap ErrBadSignature.
func verifyDigest(d common.Hash, sig []byte, want common.Address) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	s := make([]byte, crypto.SignatureLength)
	copy(s, sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return fmt.Errorf("%w: v, r or s out of range (or a high s)", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != want {
		return fmt.Errorf("%w: signed by %s, not %s", ErrBadSignature, got.Hex(), want.Hex())
	}
	return nil
}
