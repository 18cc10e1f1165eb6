package miner

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignedResponse is a miner's signature over its answer to a signed
// request: an EIP-712 signature in the ledger's domain over
//
//	AxonResponse(bytes32 request,uint16 status,bytes32 bodyHash,address miner)
//
// where request is the request's Digest and bodyHash the keccak256 of the
// response body. Together with the request it proves that the miner gave
// that answer to that question.
type SignedResponse struct {
	Request   common.Hash    `json:"request"`
	Status    uint16         `json:"status"`
	BodyHash  common.Hash    `json:"body_hash"`
	Miner     common.Address `json:"miner"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Digest returns the EIP-712 digest the response's signature signs.
func (r *SignedResponse) Digest(chainID uint64) common.Hash {
	return eip712(chainID, crypto.Keccak256(
		crypto.Keccak256([]byte(responseType)),
		r.Request[:],
		word(uint64(r.Status)),
		r.BodyHash[:],
		common.LeftPadBytes(r.Miner[:], 32),
	))
}

// signResponse signs the answer (status, body) to the request of digest
// request with the miner's key.
func signResponse(key *ecdsa.PrivateKey, chainID uint64, request common.Hash, status int, body []byte) (*SignedResponse, error) {
	r := &SignedResponse{
		Request:  request,
		Status:   uint16(status),
		BodyHash: crypto.Keccak256Hash(body),
		Miner:    crypto.PubkeyToAddress(key.PublicKey),
	}
	sig, err := signDigest(key, r.Digest(chainID))
	if err != nil {
		return nil, err
	}
	r.Signature = sig
	return r, nil
}

// setHeaders writes the response's signature headers into h.
func (r *SignedResponse) setHeaders(h http.Header) {
	h.Set(HeaderMiner, r.Miner.Hex())
	h.Set(HeaderRequestHash, r.Request.Hex())
	h.Set(HeaderResponseSignature, hexutil.Encode(r.Signature))
}

// VerifyResponse checks that an answer (status, header, body) to the signed
// request req was signed by req.Miner: the signature headers are present,
// name req.Miner and req's digest, and carry req.Miner's signature over
// the status and the body. It returns the SignedResponse, or an error
// wrapping ErrBadSignature (a missing header included: an unsigned answer
// proves nothing and is treated as a failed one).
func VerifyResponse(chainID uint64, req *SignedRequest, status int, header http.Header, body []byte) (*SignedResponse, error) {
	miner, hash, sig := header.Get(HeaderMiner), header.Get(HeaderRequestHash), header.Get(HeaderResponseSignature)
	if miner == "" || hash == "" || sig == "" {
		return nil, fmt.Errorf("%w: unsigned response (status %d)", ErrBadSignature, status)
	}
	want := req.Digest(chainID)
	switch {
	case !common.IsHexAddress(miner) || common.HexToAddress(miner) != req.Miner:
		return nil, fmt.Errorf("%w: response names miner %.42s, want %s", ErrBadSignature, miner, req.Miner.Hex())
	case hash != want.Hex():
		return nil, fmt.Errorf("%w: response answers request %.66s, not %s", ErrBadSignature, hash, want.Hex())
	case status < 0 || status > 0xffff:
		return nil, fmt.Errorf("%w: status %d", ErrBadSignature, status)
	}
	raw, err := hexutil.Decode(sig)
	if err != nil {
		return nil, fmt.Errorf("%w: %s is not hex", ErrBadSignature, HeaderResponseSignature)
	}
	r := &SignedResponse{Request: want, Status: uint16(status), BodyHash: crypto.Keccak256Hash(body), Miner: req.Miner, Signature: raw}
	if err := verifyDigest(r.Digest(chainID), r.Signature, r.Miner); err != nil {
		return nil, err
	}
	return r, nil
}

// Evidence is a signed question and a signed answer: a validator's request
// to a miner and the miner's response, with both bodies. Anyone can check
// it (Verify) and then judge the answer, for instance by recomputing an
// inference with the committed model; a wrong signed answer is grounds
// for slashing the miner's stake. JSON encodes the bodies as 0x-hex.
type Evidence struct {
	ChainID      uint64         `json:"chain_id"`
	Request      SignedRequest  `json:"request"`
	RequestBody  hexutil.Bytes  `json:"request_body"`
	Response     SignedResponse `json:"response"`
	ResponseBody hexutil.Bytes  `json:"response_body"`
}

// ErrEvidence is wrapped by Evidence.Verify's errors.
var ErrEvidence = errors.New("miner: invalid evidence")

// Verify checks the evidence: the request body hashes to the signed body
// hash and the request is its signer's; the response answers that request,
// its body hashes to the signed body hash, and it is signed by the miner
// the request names.
func (e *Evidence) Verify() error {
	switch {
	case crypto.Keccak256Hash(e.RequestBody) != e.Request.BodyHash:
		return fmt.Errorf("%w: request body does not match its hash", ErrEvidence)
	case crypto.Keccak256Hash(e.ResponseBody) != e.Response.BodyHash:
		return fmt.Errorf("%w: response body does not match its hash", ErrEvidence)
	case e.Response.Request != e.Request.Digest(e.ChainID):
		return fmt.Errorf("%w: the response answers another request", ErrEvidence)
	case e.Response.Miner != e.Request.Miner:
		return fmt.Errorf("%w: the response is from %s, the request to %s", ErrEvidence, e.Response.Miner.Hex(), e.Request.Miner.Hex())
	}
	if err := e.Request.Verify(e.ChainID); err != nil {
		return fmt.Errorf("%w: request: %w", ErrEvidence, err)
	}
	if err := verifyDigest(e.Response.Digest(e.ChainID), e.Response.Signature, e.Response.Miner); err != nil {
		return fmt.Errorf("%w: response: %w", ErrEvidence, err)
	}
	return nil
}

// Hash identifies the evidence: keccak256(request digest ‖ response
// digest). Both digests cover their bodies' hashes, the chain id, the
// subnet, the miner and the request's nonce, so the hash commits to the
// whole exchange; validators report it to the ledger and the slash names
// it on chain.
func (e *Evidence) Hash() common.Hash {
	return crypto.Keccak256Hash(e.Request.Digest(e.ChainID).Bytes(), e.Response.Digest(e.ChainID).Bytes())
}
