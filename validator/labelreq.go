package validator

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/gin-gonic/gin"
)

// Headers of a signed labeler request (LabelRequest).
const (
	HeaderSigner    = "X-Agora-Signer"
	HeaderIssuedAt  = "X-Agora-Issued-At"
	HeaderSignature = "X-Agora-Signature"
)

// labelRequestType is the EIP-712 struct a labeler request is signed as.
const labelRequestType = "LabelRequest"

// LabelRequest authenticates a labeler's read of its own assignment, GET
// /v1/subnets/:id/assignments, which must stay private (another labeler
// who saw it could copy or compare answers). The request carries three
// headers:
//
//	X-Agora-Signer:    0x… (the labeler's hotkey)
//	X-Agora-Issued-At: 1767225600 (unix seconds)
//	X-Agora-Signature: 0x…(65 bytes)
//
// the signature being an EIP-712 typed-data signature in the ledger's
// domain {name "Agora", version "1", chainId} over
//
//	LabelRequest(uint16 subnet,uint64 issuedAt,address signer)
//
// A request is good for MaxRequestAge either side of the validator's clock:
// a captured one can be replayed that long, and shows no more than the
// labeler's own items. Labels themselves are signed ledger commands
// (submit_preferences), never requests like this.
type LabelRequest struct {
	Subnet    uint16
	IssuedAt  int64
	Signer    common.Address
	Signature hexutil.Bytes
}

// NewLabelRequest returns an unsigned request for subnet issued at now.
func NewLabelRequest(subnet uint16, now time.Time) *LabelRequest {
	return &LabelRequest{Subnet: subnet, IssuedAt: now.Unix()}
}

func (r *LabelRequest) signingHash(chainID uint64) (common.Hash, error) {
	if r.IssuedAt < 0 {
		return common.Hash{}, fmt.Errorf("%w: negative issued_at", ErrInvalidRequest)
	}
	return requestDigest(chainID, labelRequestType, []apitypes.Type{
		{Name: "subnet", Type: "uint16"},
		{Name: "issuedAt", Type: "uint64"},
		{Name: "signer", Type: "address"},
	}, apitypes.TypedDataMessage{
		"subnet":   (*math.HexOrDecimal256)(big.NewInt(int64(r.Subnet))),
		"issuedAt": (*math.HexOrDecimal256)(big.NewInt(r.IssuedAt)),
		"signer":   r.Signer.Hex(),
	})
}

// Sign sets r.Signer to key's address and r.Signature to key's EIP-712
// signature for chainID.
func (r *LabelRequest) Sign(key *ecdsa.PrivateKey, chainID uint64) (err error) {
	r.Signature, err = signRequest(key, "label request", &r.Signer, func() (common.Hash, error) { return r.signingHash(chainID) })
	return err
}

// Verify checks the signature for chainID and the age against now:
// ErrUnsigned, ErrBadSignature, ErrStaleRequest.
func (r *LabelRequest) Verify(chainID uint64, now time.Time) error {
	return verifyRequest(r.Signature, r.Signer, r.IssuedAt, now, func() (common.Hash, error) { return r.signingHash(chainID) })
}

// SetHeaders writes the signed request's headers onto h.
func (r *LabelRequest) SetHeaders(h http.Header) {
	h.Set(HeaderSigner, r.Signer.Hex())
	h.Set(HeaderIssuedAt, strconv.FormatInt(r.IssuedAt, 10))
	h.Set(HeaderSignature, r.Signature.String())
}

// labelRequestFrom reads a LabelRequest for subnet from request headers.
func labelRequestFrom(h http.Header, subnet uint16) (*LabelRequest, error) {
	signer, issued, sig := h.Get(HeaderSigner), h.Get(HeaderIssuedAt), h.Get(HeaderSignature)
	if signer == "" && issued == "" && sig == "" {
		return nil, fmt.Errorf("%w: send %s, %s and %s (see LabelRequest)", ErrUnsigned, HeaderSigner, HeaderIssuedAt, HeaderSignature)
	}
	r := &LabelRequest{Subnet: subnet}
	if !common.IsHexAddress(signer) {
		return nil, fmt.Errorf("%w: %s %q is not an address", ErrInvalidRequest, HeaderSigner, signer)
	}
	r.Signer = common.HexToAddress(signer)
	var err error
	if r.IssuedAt, err = strconv.ParseInt(issued, 10, 64); err != nil {
		return nil, fmt.Errorf("%w: %s %q is not unix seconds", ErrInvalidRequest, HeaderIssuedAt, issued)
	}
	if r.Signature, err = hexutil.Decode(sig); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadSignature, HeaderSignature, err)
	}
	return r, nil
}

// handleAssignments serves a labeler its items of the current round of a
// preference subnet, on a signed request (LabelRequest). Any validator
// serves it from its own replica, which may lag the leader by a few
// milliseconds (?consistent is not offered: the signed headers are not
// relayed); all of them compute the same assignment.
func (n *Node) handleAssignments(c *gin.Context) {
	id, ok := subnetParam(c)
	if !ok {
		return
	}
	req, err := labelRequestFrom(c.Request.Header, id)
	if err == nil {
		err = req.Verify(n.chainID, time.Now())
	}
	if err != nil {
		writeError(c, err)
		return
	}
	out, err := n.Assignments(id, req.Signer)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}
