package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"

	"github.com/agora-net/agora/scoring"
)

// Axon endpoints.
const (
	// InferPath takes an InferRequest and answers an InferResponse.
	InferPath = "/v1/infer"
	// FineTunePath takes a FineTuneJobRequest and answers 202 with the
	// queued job's JobView.
	FineTunePath = "/v1/finetune"
	// JobsPath is the prefix of GET /v1/jobs/{id}, which answers a JobView.
	JobsPath = "/v1/jobs/"
	// ArtifactsPath lists the stored artifacts (GET, public);
	// ArtifactsPath + "/{hash}" serves one by its sha256 (GET, public).
	ArtifactsPath = "/v1/artifacts"
	// ChallengePath takes a ChallengeRequest and answers a
	// ChallengeResponse; ChallengeOpenPath takes an OpenRequest and
	// answers an OpenResponse.
	ChallengePath     = "/v1/challenge"
	ChallengeOpenPath = "/v1/challenge/open"
	// HealthPath answers a HealthResponse (public).
	HealthPath = "/v1/health"
	// PingPath answers a signed PingResponse: a cheap authenticated
	// round trip (it warms the miner's permit cache and the connection
	// before a timed request).
	PingPath = "/v1/ping"
)

// PingResponse is the answer of GET /v1/ping.
type PingResponse struct {
	Miner string `json:"miner"`
}

// InferRequest is the body of POST /v1/infer. Prompt and MaxTokens are
// required (an empty prompt is allowed); TopK defaults to 8 (at most the
// server's MaxTopK); unknown fields are rejected.
type InferRequest struct {
	Prompt    string `json:"prompt"`
	MaxTokens int    `json:"max_tokens"`
	TopK      int    `json:"top_k,omitempty"`
}

// defaultTopK is an InferRequest's top_k when it names none.
const defaultTopK = 8

// InferResponse is the answer of POST /v1/infer: the generated tokens,
// the same bytes as text when every token is a byte (JSON replaces invalid
// UTF-8 by U+FFFD; Tokens are authoritative), the committed model's hash
// and, per position, the top-k tokens with their log-probabilities.
type InferResponse struct {
	Tokens    []int            `json:"tokens"`
	Text      string           `json:"text"`
	ModelHash string           `json:"model_hash"`
	TopK      [][]TokenLogProb `json:"top_k"`
}

// FineTuneJobRequest is the body of POST /v1/finetune: train the base
// model BaseHash (the miner's committed model) for Steps steps with Seed.
// base_hash and steps are required.
type FineTuneJobRequest struct {
	BaseHash string `json:"base_hash"`
	Steps    int    `json:"steps"`
	Seed     uint64 `json:"seed"`
}

// HealthResponse is the answer of GET /v1/health.
type HealthResponse struct {
	ModelHash string   `json:"model_hash"`
	Hotkey    string   `json:"hotkey"`
	Subnets   []uint16 `json:"subnets"`
	Hardware  Hardware `json:"hardware"`
	FineTune  bool     `json:"fine_tune"`
}

// ArtifactList is the answer of GET /v1/artifacts, newest first.
type ArtifactList struct {
	Artifacts []ArtifactInfo `json:"artifacts"`
}

// ErrorResponse is the body of every non-2xx answer.
type ErrorResponse struct {
	Error string `json:"error"`
}

// requestError is a client error, answered with 400 and its message.
type requestError struct{ msg string }

// Error returns the message sent to the client.
func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{msg: fmt.Sprintf(format, args...)}
}

// Header and context keys.
const (
	// requestIDHeader carries a request ID: the caller's if it sends a
	// valid one, else one the server makes.
	requestIDHeader = "X-Request-ID"
	// errorKey holds the message of a failed request for the request log.
	errorKey = "miner.error"
	// authKey holds the *authInfo of an authenticated request.
	authKey = "miner.auth"
)

// authInfo is what authenticate established about a request.
type authInfo struct {
	req    *SignedRequest
	digest common.Hash
	body   []byte
}

// routes builds the gin engine serving the axon.
func (s *Server) routes() *gin.Engine {
	e := gin.New()
	e.HandleMethodNotAllowed = true
	// No proxy is trusted: the client IP is the connection's.
	_ = e.SetTrustedProxies(nil)
	e.Use(s.requestLog, gin.CustomRecoveryWithWriter(nil, s.recovered))
	e.NoRoute(func(c *gin.Context) { s.fail(c, http.StatusNotFound, "not found") })
	e.NoMethod(func(c *gin.Context) { s.fail(c, http.StatusMethodNotAllowed, "method not allowed") })
	e.GET(HealthPath, s.health)
	e.GET(ArtifactsPath, s.listArtifacts)
	e.GET(ArtifactsPath+"/:hash", s.artifact)
	signed := e.Group("", s.authenticate, s.limit)
	signed.POST(InferPath, s.infer)
	signed.POST(FineTunePath, s.fineTune)
	signed.GET(JobsPath+":id", s.job)
	signed.POST(ChallengePath, s.challenge)
	signed.POST(ChallengeOpenPath, s.openChallenge)
	signed.GET(PingPath, func(c *gin.Context) { s.reply(c, http.StatusOK, PingResponse{Miner: s.hotkey.Hex()}) })
	return e
}

// requestLog assigns the request ID and logs each request once it is done.
func (s *Server) requestLog(c *gin.Context) {
	id := c.GetHeader(requestIDHeader)
	if !validRequestID(id) {
		id = fmt.Sprintf("%s-%d", s.idPrefix, s.requests.Add(1))
	}
	c.Header(requestIDHeader, id)
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelDebug
	switch {
	case status >= 500 && !errors.Is(c.Request.Context().Err(), context.Canceled):
		level = slog.LevelError
	case status >= 400:
		level = slog.LevelInfo // a refusal, or a request its validator ended
	}
	attrs := []slog.Attr{
		slog.String("request_id", id),
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.Int("status", status),
		slog.Duration("duration", time.Since(start)),
		slog.String("remote", c.ClientIP()),
	}
	if a, ok := c.Get(authKey); ok {
		attrs = append(attrs, slog.String("validator", a.(*authInfo).req.Signer.Hex()))
	}
	if msg, ok := c.Get(errorKey); ok {
		attrs = append(attrs, slog.Any("error", msg))
	}
	s.log.LogAttrs(c.Request.Context(), level, "miner: request", attrs...)
}

// validRequestID accepts 1..64 characters from [A-Za-z0-9._:-].
func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch ch := id[i]; {
		case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z', ch >= '0' && ch <= '9',
			ch == '.', ch == '_', ch == ':', ch == '-':
		default:
			return false
		}
	}
	return true
}

// recovered answers a handler panic with 500 and logs it with its stack.
func (s *Server) recovered(c *gin.Context, rec any) {
	s.log.Error("miner: handler panic", "panic", fmt.Sprint(rec), "stack", string(debug.Stack()))
	s.fail(c, http.StatusInternalServerError, "internal error")
}

// respond writes an answer and ends the request. The answer to an
// authenticated request is signed: the miner's signature over the
// request's digest, the status and the body, in the X-Agora-Miner,
// X-Agora-Request-Hash and X-Agora-Response-Signature headers. It is the
// one place that writes answers.
func (s *Server) respond(c *gin.Context, status int, contentType string, body []byte) {
	if a, ok := c.Get(authKey); ok {
		resp, err := signResponse(s.cfg.Key, s.cfg.ChainID, a.(*authInfo).digest, status, body)
		if err != nil {
			s.log.Error("miner: sign response", "err", err)
			c.Set(errorKey, err.Error())
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		resp.setHeaders(c.Writer.Header())
	}
	c.Data(status, contentType, body)
	c.Abort()
}

// reply answers v as JSON.
func (s *Server) reply(c *gin.Context, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.log.Error("miner: encode answer", "err", err)
		status, body = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	s.respond(c, status, "application/json; charset=utf-8", body)
}

// fail answers status with an ErrorResponse carrying msg.
func (s *Server) fail(c *gin.Context, status int, msg string) {
	c.Set(errorKey, msg)
	s.reply(c, status, ErrorResponse{Error: msg})
}

// failErr maps an error to its answer: a requestError is 400 with its
// message, an ended context 503, anything else 500 with a generic message
// (the detail goes to the log).
func (s *Server) failErr(c *gin.Context, what string, err error) {
	if re, ok := errors.AsType[*requestError](err); ok {
		s.fail(c, http.StatusBadRequest, re.msg)
		return
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		if errors.Is(c.Request.Context().Err(), context.Canceled) {
			s.fail(c, http.StatusServiceUnavailable, what+" stopped: the validator ended the request")
			return
		}
		s.fail(c, http.StatusServiceUnavailable, fmt.Sprintf("%s did not finish within the request timeout of %v", what, s.cfg.RequestTimeout))
		return
	}
	s.fail(c, http.StatusInternalServerError, what+" failed")
	c.Set(errorKey, err.Error())
}

// authenticate admits a signed request of a permitted validator. In order:
// the body is read up to MaxBodyBytes (413 beyond); the auth headers must
// be present and well-formed (401); the subnet must be one the miner
// serves, the timestamp within ReplayWindow of the miner's clock, the
// signature the signer's over this request to this miner (403 each); the
// signer must hold a validator permit on the subnet (403, or 503 if that
// cannot be checked); the nonce must be new (403). Only then is the request
// remembered as authenticated and its answer signed.
func (s *Server) authenticate(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, MaxBodyBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.fail(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", MaxBodyBytes))
			return
		}
		s.fail(c, http.StatusBadRequest, "cannot read the request body")
		return
	}
	req, err := RequestFromHeaders(c.Request.Header, c.Request.Method, c.Request.URL.Path, crypto.Keccak256Hash(body), s.hotkey)
	if err != nil {
		s.fail(c, http.StatusUnauthorized, err.Error()+" (requests must be signed by a validator)")
		return
	}
	if !slices.Contains(s.cfg.Subnets, req.Subnet) {
		s.fail(c, http.StatusForbidden, fmt.Sprintf("this miner does not serve subnet %d", req.Subnet))
		return
	}
	now := s.cfg.Now()
	if err := s.replay.checkTime(now, req.Timestamp); err != nil {
		s.fail(c, http.StatusForbidden, fmt.Sprintf("request timestamp %d is more than %v from the miner's clock", req.Timestamp, s.cfg.ReplayWindow))
		return
	}
	digest := req.Digest(s.cfg.ChainID)
	if err := verifyDigest(digest, req.Signature, req.Signer); err != nil {
		s.fail(c, http.StatusForbidden, err.Error())
		return
	}
	ok, err := s.cfg.Permits.HasPermit(c.Request.Context(), req.Subnet, req.Signer)
	if err != nil {
		c.Set(errorKey, err.Error())
		s.reply(c, http.StatusServiceUnavailable, ErrorResponse{Error: "cannot check validator permits now; retry later"})
		return
	}
	if !ok {
		s.fail(c, http.StatusForbidden, fmt.Sprintf("%s holds no validator permit on subnet %d", req.Signer.Hex(), req.Subnet))
		return
	}
	switch err := s.replay.record(now, req.Signer, req.Nonce); {
	case errors.Is(err, errReplayed):
		s.fail(c, http.StatusForbidden, fmt.Sprintf("replayed request: nonce %d of %s was already used", req.Nonce, req.Signer.Hex()))
		return
	case err != nil:
		s.fail(c, http.StatusServiceUnavailable, "too many recent requests; retry later")
		return
	}
	c.Set(authKey, &authInfo{req: req, digest: digest, body: body})
	c.Next()
}

// limit holds an authenticated request until its validator has a free
// slot (429 when its queue is full or no slot frees within QueueTimeout)
// and then bounds its work by RequestTimeout.
func (s *Server) limit(c *gin.Context) {
	signer := auth(c).req.Signer
	qctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.QueueTimeout)
	release, err := s.limits.acquire(qctx, signer)
	cancel()
	if err != nil {
		c.Header("Retry-After", "1")
		msg := fmt.Sprintf("too many requests from %s: %d running and %d waiting; retry later", signer.Hex(), s.cfg.MaxInFlight, s.cfg.MaxQueued)
		if !errors.Is(err, errQueueFull) {
			msg = fmt.Sprintf("too many requests from %s: no free slot within %v; retry later", signer.Hex(), s.cfg.QueueTimeout)
		}
		s.fail(c, http.StatusTooManyRequests, msg)
		return
	}
	defer release()
	ctx, cancelWork := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancelWork()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// auth returns the authInfo of a request that passed authenticate.
func auth(c *gin.Context) *authInfo { return c.MustGet(authKey).(*authInfo) }

// decodeStrict decodes body as exactly one JSON value into dst, refusing
// unknown fields. Every failure is a requestError.
func decodeStrict(body []byte, dst any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil {
		// Exactly one JSON value: anything but whitespace after it is an error.
		if _, terr := dec.Token(); !errors.Is(terr, io.EOF) {
			err = terr
			if err == nil {
				err = errors.New("unexpected data after the JSON object")
			}
		}
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF):
		return badRequest("empty request body")
	}
	return badRequest("malformed JSON body: %v", err)
}

// infer serves POST /v1/infer.
func (s *Server) infer(c *gin.Context) {
	req, err := s.decodeInfer(auth(c).body)
	if err != nil {
		s.failErr(c, "inference", err)
		return
	}
	ctx := c.Request.Context()
	var inf Inference
	switch s.cfg.Behaviour {
	case Random:
		inf = randomInference(req.MaxTokens, req.TopK)
	case Slow:
		select {
		case <-time.After(s.cfg.SlowDelay):
		case <-ctx.Done():
			s.failErr(c, "inference", ctx.Err())
			return
		}
		fallthrough
	default:
		if inf, err = s.serving.Infer(ctx, req.Prompt, req.MaxTokens, req.TopK); err != nil {
			s.failErr(c, "inference", err)
			return
		}
	}
	if len(inf.TopK) != len(inf.Tokens) {
		s.failErr(c, "inference", fmt.Errorf("generator returned %d tokens and %d top-k lists", len(inf.Tokens), len(inf.TopK)))
		return
	}
	s.reply(c, http.StatusOK, InferResponse{Tokens: inf.Tokens, Text: tokenText(inf.Tokens), ModelHash: s.committed, TopK: inf.TopK})
}

// tokenText returns the tokens as bytes of a string, or "" if one is not a
// byte.
func tokenText(tokens []int) string {
	b := make([]byte, len(tokens))
	for i, t := range tokens {
		if t < 0 || t > 255 {
			return ""
		}
		b[i] = byte(t)
	}
	return string(b)
}

// randomInference is a Random miner's answer: n uniform byte tokens, each
// with a top-k list of k distinct random tokens led by it, with random
// decreasing log-probabilities.
func randomInference(n, k int) Inference {
	inf := Inference{Tokens: make([]int, n), TopK: make([][]TokenLogProb, n)}
	for i := range n {
		perm := rand.Perm(256)[:min(k, 256)]
		lp := -rand.Float64()
		top := make([]TokenLogProb, len(perm))
		for j, t := range perm {
			top[j] = TokenLogProb{Token: t, LogProb: lp}
			lp -= rand.Float64() * 3
		}
		inf.Tokens[i], inf.TopK[i] = perm[0], top
	}
	return inf
}

// decodeInfer reads and checks an InferRequest. Every failure is a
// requestError.
func (s *Server) decodeInfer(body []byte) (InferRequest, error) {
	// Pointers tell a missing field from a zero one.
	var in struct {
		Prompt    *string `json:"prompt"`
		MaxTokens *int    `json:"max_tokens"`
		TopK      *int    `json:"top_k"`
	}
	if err := decodeStrict(body, &in); err != nil {
		return InferRequest{}, err
	}
	switch {
	case in.Prompt == nil:
		return InferRequest{}, badRequest("prompt is required")
	case len(*in.Prompt) > s.cfg.MaxPromptBytes:
		return InferRequest{}, badRequest("prompt is %d bytes, more than the limit of %d", len(*in.Prompt), s.cfg.MaxPromptBytes)
	case in.MaxTokens == nil:
		return InferRequest{}, badRequest("max_tokens is required")
	case *in.MaxTokens < 1 || *in.MaxTokens > s.cfg.MaxTokens:
		return InferRequest{}, badRequest("max_tokens %d out of range [1, %d]", *in.MaxTokens, s.cfg.MaxTokens)
	case in.TopK != nil && (*in.TopK < 1 || *in.TopK > s.cfg.MaxTopK):
		return InferRequest{}, badRequest("top_k %d out of range [1, %d]", *in.TopK, s.cfg.MaxTopK)
	}
	k := min(defaultTopK, s.cfg.MaxTopK)
	if in.TopK != nil {
		k = *in.TopK
	}
	return InferRequest{Prompt: *in.Prompt, MaxTokens: *in.MaxTokens, TopK: k}, nil
}

// fineTune serves POST /v1/finetune.
func (s *Server) fineTune(c *gin.Context) {
	if s.jobs == nil {
		s.fail(c, http.StatusNotImplemented, "this miner does not fine-tune")
		return
	}
	var in struct {
		BaseHash *string `json:"base_hash"`
		Steps    *int    `json:"steps"`
		Seed     uint64  `json:"seed"`
	}
	if err := decodeStrict(auth(c).body, &in); err != nil {
		s.failErr(c, "fine-tune", err)
		return
	}
	switch {
	case in.BaseHash == nil:
		s.fail(c, http.StatusBadRequest, "base_hash is required")
		return
	case *in.BaseHash != s.committed:
		s.fail(c, http.StatusBadRequest, fmt.Sprintf("base_hash %.64q is not this miner's base model %s", *in.BaseHash, s.committed))
		return
	case in.Steps == nil:
		s.fail(c, http.StatusBadRequest, "steps is required")
		return
	case *in.Steps < 1 || *in.Steps > s.cfg.MaxSteps:
		s.fail(c, http.StatusBadRequest, fmt.Sprintf("steps %d out of range [1, %d]", *in.Steps, s.cfg.MaxSteps))
		return
	}
	view, err := s.jobs.submit(auth(c).req.Subnet, FineTuneRequest{BaseHash: *in.BaseHash, Steps: *in.Steps, Seed: in.Seed})
	if errors.Is(err, errJobQueueFull) {
		c.Header("Retry-After", "10")
		s.fail(c, http.StatusTooManyRequests, fmt.Sprintf("fine-tune queue full (%d jobs waiting); retry later", s.cfg.MaxQueuedJobs))
		return
	}
	if err != nil {
		s.failErr(c, "fine-tune", err)
		return
	}
	s.reply(c, http.StatusAccepted, view)
}

// job serves GET /v1/jobs/{id}.
func (s *Server) job(c *gin.Context) {
	id := c.Param("id")
	if s.jobs == nil {
		s.fail(c, http.StatusNotFound, "unknown job")
		return
	}
	view, ok := s.jobs.get(id)
	if !ok {
		s.fail(c, http.StatusNotFound, fmt.Sprintf("unknown job %.40q", id))
		return
	}
	s.reply(c, http.StatusOK, view)
}

// listArtifacts serves GET /v1/artifacts.
func (s *Server) listArtifacts(c *gin.Context) {
	list, err := s.store.List()
	if err != nil {
		s.failErr(c, "listing artifacts", err)
		return
	}
	if list == nil {
		list = []ArtifactInfo{}
	}
	s.reply(c, http.StatusOK, ArtifactList{Artifacts: list})
}

// artifact serves GET /v1/artifacts/{hash}: the file's bytes, with its hash
// in X-Agora-Sha256. Artifacts are public: their names are their content
// hashes, which a reader checks, and a miner's claim to one is its
// commitment on the ledger.
func (s *Server) artifact(c *gin.Context) {
	h := c.Param("hash")
	path, err := s.store.Path(h)
	switch {
	case errors.Is(err, ErrMalformedHash):
		s.fail(c, http.StatusBadRequest, "malformed artifact hash: want 64 lowercase hex digits (a sha256)")
		return
	case err != nil:
		s.fail(c, http.StatusNotFound, "unknown artifact "+h)
		return
	}
	c.Header("X-Agora-Sha256", h)
	c.Header("Content-Type", "application/octet-stream")
	c.File(path)
}

// health serves GET /v1/health.
func (s *Server) health(c *gin.Context) {
	s.reply(c, http.StatusOK, HealthResponse{ModelHash: s.committed, Hotkey: s.hotkey.Hex(), Subnets: s.cfg.Subnets,
		Hardware: s.hardware, FineTune: s.jobs != nil})
}

// challenge serves POST /v1/challenge: it computes the product and keeps
// it for openings under the id, the request's digest.
func (s *Server) challenge(c *gin.Context) {
	a := auth(c)
	var in struct {
		Seed *string `json:"seed"`
		N    *int    `json:"n"`
	}
	if err := decodeStrict(a.body, &in); err != nil {
		s.failErr(c, "challenge", err)
		return
	}
	var ch scoring.Challenge
	switch {
	case in.Seed == nil || in.N == nil:
		s.fail(c, http.StatusBadRequest, "seed and n are required")
		return
	case !decodeSeed(*in.Seed, &ch.Seed):
		s.fail(c, http.StatusBadRequest, "seed must be 32 bytes of 0x-hex")
		return
	}
	ch.N = *in.N
	if ch.Validate() != nil || ch.N > s.cfg.MaxChallengeN {
		s.fail(c, http.StatusBadRequest, fmt.Sprintf("n %d is not a power of two in [2, %d]", ch.N, s.cfg.MaxChallengeN))
		return
	}
	start := time.Now()
	prod, tree, err := solve(c.Request.Context(), ch)
	if err != nil {
		s.failErr(c, "challenge", err)
		return
	}
	id := a.digest.Hex()
	s.challenges.put(s.cfg.Now(), id, &solved{signer: a.req.Signer, n: ch.N, c: prod, tree: tree})
	root := tree.Root()
	s.reply(c, http.StatusOK, ChallengeResponse{ID: id, Root: hexutil.Encode(root[:]), N: ch.N, Class: s.hardware.Class,
		ComputeMS: time.Since(start).Milliseconds()})
}

// decodeSeed parses 32 bytes of 0x-hex into dst.
func decodeSeed(s string, dst *[32]byte) bool {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != len(dst) {
		return false
	}
	copy(dst[:], b)
	return true
}

// openChallenge serves POST /v1/challenge/open for the validator that
// sent the challenge.
func (s *Server) openChallenge(c *gin.Context) {
	a := auth(c)
	var in struct {
		ID   *string `json:"id"`
		Rows []int   `json:"rows"`
	}
	if err := decodeStrict(a.body, &in); err != nil {
		s.failErr(c, "opening", err)
		return
	}
	if in.ID == nil {
		s.fail(c, http.StatusBadRequest, "id is required")
		return
	}
	sv, ok := s.challenges.get(s.cfg.Now(), *in.ID, a.req.Signer)
	if !ok {
		s.fail(c, http.StatusNotFound, "unknown or expired challenge (open it within "+challengeTTL.String()+" of its answer)")
		return
	}
	if len(in.Rows) < 1 || len(in.Rows) > MaxOpenRows {
		s.fail(c, http.StatusBadRequest, "rows: want 1 to "+strconv.Itoa(MaxOpenRows)+" row indices")
		return
	}
	out := OpenResponse{Rows: make([]OpenedRow, len(in.Rows))}
	for k, i := range in.Rows {
		if i < 0 || i >= sv.n || (k > 0 && i <= in.Rows[k-1]) {
			s.fail(c, http.StatusBadRequest, fmt.Sprintf("rows: want ascending distinct indices in [0, %d)", sv.n))
			return
		}
		proof := sv.tree.Proof(i)
		hexProof := make([]string, len(proof))
		for j, p := range proof {
			hexProof[j] = hexutil.Encode(p[:])
		}
		out.Rows[k] = OpenedRow{Index: i, Row: sv.c[i*sv.n : i*sv.n+sv.n], Proof: hexProof}
	}
	s.reply(c, http.StatusOK, out)
}
