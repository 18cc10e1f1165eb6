package miner

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/scoring"
)

// Limits of what a Client reads.
const (
	// maxResponseBytes bounds a JSON answer (an opening of 64 rows of
	// 4096 words is about 3 MB).
	maxResponseBytes = 16 << 20
	// MaxArtifactBytes bounds a weight file a Client downloads.
	MaxArtifactBytes = 512 << 20
)

// APIError is a non-2xx answer of an axon.
type APIError struct {
	StatusCode int    // HTTP status
	Message    string // the ErrorResponse message, or the status text
}

var _ error = (*APIError)(nil)

// Error returns the status and message.
func (e *APIError) Error() string {
	return fmt.Sprintf("miner: axon answered %d: %s", e.StatusCode, e.Message)
}

// ClientConfig configures a Client.
type ClientConfig struct {
	// Key is the validator's key that signs requests; nil: only the
	// public endpoints (Health, Artifacts, Artifact) work.
	Key *ecdsa.PrivateKey
	// ChainID is the ledger's chain id (the EIP-712 domain).
	ChainID uint64
	// Subnet is the subnet the requests are for.
	Subnet uint16
	// Miner is the miner's hotkey as the metagraph lists it: requests name
	// it and answers must be signed by it.
	Miner common.Address
	// HTTP sets the transport and timeouts; nil: http.DefaultClient.
	HTTP *http.Client
	// Now is the clock of request timestamps; nil: time.Now.
	Now func() time.Time
}

// Client queries one miner's axon; validators use it. Every signed request
// gets a fresh random nonce and the current time; every answer to one is
// checked to be signed by the miner and returned with the Evidence that
// proves it. It is safe for concurrent use.
type Client struct {
	base string
	cfg  ClientConfig
}

// NewClient returns a client of the axon at addr ("host:port", or a URL
// with scheme http or https).
func NewClient(addr string, cfg ClientConfig) *Client {
	if cfg.HTTP == nil {
		cfg.HTTP = http.DefaultClient
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	base := strings.TrimRight(addr, "/")
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		base = "http://" + base
	}
	return &Client{base: base, cfg: cfg}
}

// Infer sends an inference request. A non-2xx answer is an *APIError; an
// answer not signed by the miner is an error wrapping ErrBadSignature.
func (c *Client) Infer(ctx context.Context, req InferRequest) (*InferResponse, *Evidence, error) {
	return signedCall[InferResponse](ctx, c, http.MethodPost, InferPath, req)
}

// FineTune asks for a fine-tune job and returns it as queued.
func (c *Client) FineTune(ctx context.Context, req FineTuneJobRequest) (*JobView, *Evidence, error) {
	return signedCall[JobView](ctx, c, http.MethodPost, FineTunePath, req)
}

// Job reads a fine-tune job's state.
func (c *Client) Job(ctx context.Context, id string) (*JobView, *Evidence, error) {
	return signedCall[JobView](ctx, c, http.MethodGet, JobsPath+id, nil)
}

// Challenge sends a compute challenge and returns the miner's answer.
func (c *Client) Challenge(ctx context.Context, seed [32]byte, n int) (*ChallengeResponse, *Evidence, error) {
	return signedCall[ChallengeResponse](ctx, c, http.MethodPost, ChallengePath, ChallengeRequest{Seed: hexutil.Encode(seed[:]), N: n})
}

// Ping sends a signed GET /v1/ping.
func (c *Client) Ping(ctx context.Context) (*PingResponse, *Evidence, error) {
	return signedCall[PingResponse](ctx, c, http.MethodGet, PingPath, nil)
}

// Open asks the miner to open rows of a challenge it answered.
func (c *Client) Open(ctx context.Context, id string, rows []int) (*OpenResponse, *Evidence, error) {
	return signedCall[OpenResponse](ctx, c, http.MethodPost, ChallengeOpenPath, OpenRequest{ID: id, Rows: rows})
}

// signedCall is c.signed decoding a 2xx answer into a new T.
func signedCall[T any](ctx context.Context, c *Client, method, path string, in any) (*T, *Evidence, error) {
	out := new(T)
	ev, err := c.signed(ctx, method, path, in, out)
	if err != nil {
		return nil, ev, err
	}
	return out, ev, nil
}

// HardwareVerdict is the outcome of a hardware check.
type HardwareVerdict struct {
	// Class is the class checked; Claimed the class the miner's signed
	// answer claims.
	Class, Claimed string
	// Holds is whether the claim of Class holds (scoring.ClaimHolds).
	Holds bool
	// ElapsedMS is the time from sending the challenge to its answer.
	ElapsedMS uint64
	// Reason says why the claim does not hold ("" when it does).
	Reason string
	// Evidence is the signed challenge and answer, when there was one.
	Evidence *Evidence
}

// CheckHardware runs the compute challenge of class against the miner: it
// pings the miner (untimed), sends Challenge{seed, class.N}, waits at
// most class.MaxMillis for the root, then opens k rows drawn from openSeed (which must stay private
// until then) and checks them (scoring.RowChecker). The verdict's Holds is
// false when the answer is late, missing, for another size, claims another
// class, or fails the opening; an error is returned only for a failure of
// the validator's own (a bad class). The validator's cost is about (k+1)/N
// of the miner's work (see scoring's challenge.go).
func (c *Client) CheckHardware(ctx context.Context, class scoring.HardwareClass, seed, openSeed [32]byte, k int) (HardwareVerdict, error) {
	ch := scoring.Challenge{Seed: seed, N: class.N}
	if err := ch.Validate(); err != nil {
		return HardwareVerdict{}, fmt.Errorf("miner: hardware class %q: %w", class.Name, err)
	}
	v := HardwareVerdict{Class: class.Name}
	deny := func(format string, args ...any) (HardwareVerdict, error) {
		v.Holds, v.Reason = false, fmt.Sprintf(format, args...)
		return v, nil
	}
	// A signed ping first, so that neither the miner's permit lookup nor
	// the connection set-up is timed; its failure shows in the challenge.
	_, _, _ = c.Ping(ctx)
	limit := time.Duration(class.MaxMillis) * time.Millisecond
	cctx, cancel := context.WithTimeout(ctx, limit)
	start := time.Now()
	resp, ev, err := c.Challenge(cctx, seed, class.N)
	elapsed := time.Since(start)
	cancel()
	v.ElapsedMS, v.Evidence = uint64(elapsed.Milliseconds()), ev
	switch {
	case err != nil && cctx.Err() != nil && ctx.Err() == nil:
		return deny("no answer within %v", limit)
	case err != nil:
		return deny("challenge failed: %v", err)
	}
	v.Claimed = resp.Class
	root, rerr := hexutil.Decode(resp.Root)
	switch {
	case resp.Class != class.Name:
		return deny("the miner claims class %q, not %q", resp.Class, class.Name)
	case resp.N != class.N:
		return deny("answer for size %d, not %d", resp.N, class.N)
	case rerr != nil || len(root) != 32:
		return deny("malformed root %.70q", resp.Root)
	}
	rows := scoring.OpenRows(openSeed, class.N, k)
	opened, _, err := c.Open(ctx, resp.ID, rows)
	if err != nil {
		return deny("opening failed: %v", err)
	}
	got := make([]scoring.OpenedRow, len(opened.Rows))
	for i, o := range opened.Rows {
		got[i] = scoring.OpenedRow{Index: o.Index, Row: o.Row}
		for _, p := range o.Proof {
			b, err := hexutil.Decode(p)
			if err != nil || len(b) != 32 {
				return deny("malformed proof of row %d", o.Index)
			}
			got[i].Proof = append(got[i].Proof, [32]byte(b))
		}
	}
	rowsErr := scoring.NewRowChecker(ch).CheckOpening([32]byte(root), rows, got)
	v.Holds = scoring.ClaimHolds(class, v.ElapsedMS, rowsErr == nil)
	switch {
	case rowsErr != nil:
		v.Reason = rowsErr.Error()
	case !v.Holds:
		v.Reason = fmt.Sprintf("answered in %d ms, class %s allows %d", v.ElapsedMS, class.Name, class.MaxMillis)
	}
	return v, nil
}

// Health asks the axon for its model hash, hotkey and hardware (public,
// unsigned).
func (c *Client) Health(ctx context.Context) (*HealthResponse, error) {
	var out HealthResponse
	if _, err := c.do(ctx, http.MethodGet, HealthPath, nil, nil, maxResponseBytes, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Artifacts lists the axon's artifacts, newest first (public).
func (c *Client) Artifacts(ctx context.Context) ([]ArtifactInfo, error) {
	var out ArtifactList
	if _, err := c.do(ctx, http.MethodGet, ArtifactsPath, nil, nil, maxResponseBytes, nil, &out); err != nil {
		return nil, err
	}
	return out.Artifacts, nil
}

// Artifact downloads the artifact hash and checks that its bytes hash to
// it.
func (c *Client) Artifact(ctx context.Context, hash string) ([]byte, error) {
	if !ValidHash(hash) {
		return nil, ErrMalformedHash
	}
	data, err := c.do(ctx, http.MethodGet, ArtifactsPath+"/"+hash, nil, nil, MaxArtifactBytes, nil, nil)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != hash {
		return nil, fmt.Errorf("miner: artifact %s: the bytes served hash to %x", hash, sum)
	}
	return data, nil
}

// AxonCopySource is the CopySource of a copier miner: the newest artifact
// another miner's axon publishes.
type AxonCopySource struct {
	Client *Client
}

var _ CopySource = AxonCopySource{}

// Latest downloads the newest artifact.
func (s AxonCopySource) Latest(ctx context.Context) ([]byte, error) {
	list, err := s.Client.Artifacts(ctx)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, errors.New("miner: the copied miner has published nothing yet")
	}
	return s.Client.Artifact(ctx, list[0].Hash)
}

// signed sends a signed request with in as its JSON body (none if nil),
// verifies that the answer is signed by the miner, and decodes a 2xx
// answer into out. The evidence is returned whenever the answer was
// signed, with an error or not.
func (c *Client) signed(ctx context.Context, method, path string, in, out any) (*Evidence, error) {
	if c.cfg.Key == nil {
		return nil, errors.New("miner: client has no key to sign requests")
	}
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return nil, fmt.Errorf("miner: encode request: %w", err)
		}
	}
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, fmt.Errorf("miner: nonce: %w", err)
	}
	req := &SignedRequest{
		Miner: c.cfg.Miner, Subnet: c.cfg.Subnet, Method: method, Path: path,
		BodyHash:  crypto.Keccak256Hash(body),
		Timestamp: uint64(c.cfg.Now().UnixMilli()),
		Nonce:     binary.BigEndian.Uint64(nonce[:]),
	}
	if err := req.Sign(c.cfg.Key, c.cfg.ChainID); err != nil {
		return nil, err
	}
	var ev *Evidence
	check := func(status int, h http.Header, data []byte) error {
		resp, err := VerifyResponse(c.cfg.ChainID, req, status, h, data)
		if err != nil {
			if status >= 200 && status <= 299 {
				return fmt.Errorf("miner: %s %s: %w", method, path, err)
			}
			return nil // an unsigned refusal: no evidence, the APIError says why
		}
		ev = &Evidence{ChainID: c.cfg.ChainID, Request: *req, RequestBody: body, Response: *resp, ResponseBody: data}
		return nil
	}
	_, err := c.do(ctx, method, path, body, req, maxResponseBytes, check, out)
	return ev, err
}

// do sends one request, signed with sign's headers unless sign is nil,
// reads at most limit bytes of the answer and, for a 2xx answer, decodes
// it into out (if non-nil) and returns it. check, if non-nil, sees every
// answer before its status is looked at.
func (c *Client) do(ctx context.Context, method, path string, body []byte, sign *SignedRequest, limit int64,
	check func(int, http.Header, []byte) error, out any) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	hr, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, fmt.Errorf("miner: %s %s: %w", method, path, err)
	}
	if body != nil {
		hr.Header.Set("Content-Type", "application/json")
	}
	if sign != nil {
		sign.SetHeaders(hr.Header)
	}
	resp, err := c.cfg.HTTP.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("miner: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("miner: %s %s: read answer: %w", method, path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("miner: %s %s: answer larger than %d bytes", method, path, limit)
	}
	if check != nil {
		if err := check(resp.StatusCode, resp.Header, data); err != nil {
			return nil, err
		}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		apiErr := &APIError{StatusCode: resp.StatusCode, Message: http.StatusText(resp.StatusCode)}
		var e ErrorResponse
		if json.Unmarshal(data, &e) == nil && e.Error != "" {
			apiErr.Message = e.Error
		}
		return nil, apiErr
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return nil, fmt.Errorf("miner: %s %s: decode answer: %w", method, path, err)
		}
	}
	return data, nil
}

// Positions converts the answer into scoring's form, for
// scoring.ScoreInference.
func (r *InferResponse) Positions() []scoring.Position {
	out := make([]scoring.Position, len(r.Tokens))
	for i, t := range r.Tokens {
		out[i].Token = t
		if i < len(r.TopK) {
			for _, e := range r.TopK[i] {
				out[i].TopK = append(out[i].TopK, scoring.TokenLogProb{Token: e.Token, LogProb: e.LogProb})
			}
		}
	}
	return out
}
