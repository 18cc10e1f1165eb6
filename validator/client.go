package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator/ledger"
)

// Client talks to a validator's HTTP API: what miners, subnet owners and
// tools use to submit signed commands and read the ledger.
type Client struct {
	base       string
	chainID    uint64
	http       *http.Client
	consistent bool
}

// NewClient returns a client of the validator API at base (host:port or a
// URL) for a ledger on chainID.
func NewClient(base string, chainID uint64) *Client {
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		base = "http://" + base
	}
	base = strings.TrimRight(base, "/")
	return &Client{base: base, chainID: chainID, http: &http.Client{Timeout: 15 * time.Second, Transport: clientTransport}}
}

// clientTransport is shared by every Client, as http.DefaultTransport is by
// default clients, so that clients made per request (or per validator)
// reuse one pool of connections instead of each leaving its own idle ones
// open. It keeps up to 256 idle connections per validator, for many
// concurrent submitters.
var clientTransport = &http.Transport{
	Proxy: http.ProxyFromEnvironment, MaxIdleConns: 1024, MaxIdleConnsPerHost: 256, IdleConnTimeout: 90 * time.Second,
}

// Consistent returns a copy of c whose reads are linearizable
// (?consistent=true): they reflect every write acknowledged before they
// started, at the cost of a round trip to the leader and a quorum.
func (c *Client) Consistent() *Client {
	cc := *c
	cc.consistent = true
	return &cc
}

// APIError is a status other than success from a validator's API.
type APIError struct {
	// Status is the HTTP status code.
	Status int
	// Message is the API's error message.
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("validator: %d %s: %s", e.Status, http.StatusText(e.Status), e.Message)
}

// Permanent reports whether sending the same request again cannot succeed:
// a 4xx other than 408 and 429.
func (e *APIError) Permanent() bool {
	return e.Status >= 400 && e.Status < 500 && e.Status != http.StatusRequestTimeout && e.Status != http.StatusTooManyRequests
}

// apiErrorFrom builds the APIError of a response's status and body.
func apiErrorFrom(status int, body []byte) *APIError {
	var e apiError
	if json.Unmarshal(body, &e) != nil || e.Error == "" {
		e.Error = strings.TrimSpace(string(body))
		if len(e.Error) > 200 {
			e.Error = e.Error[:200] + "…"
		}
	}
	return &APIError{Status: status, Message: e.Error}
}

// Cluster reads the cluster's leader and members as the node sees them.
func (c *Client) Cluster(ctx context.Context) (ClusterView, error) {
	var out ClusterView
	err := c.get(ctx, "/v1/cluster", &out)
	return out, err
}

// Genesis reads the ledger's genesis.
func (c *Client) Genesis(ctx context.Context) (ledger.Genesis, error) {
	var out ledger.Genesis
	err := c.get(ctx, "/v1/genesis", &out)
	return out, err
}

// Join asks the cluster to add peer, signing the request with key (which
// must be a genesis validator's). It makes one attempt; an *APIError says
// why the cluster refused.
func (c *Client) Join(ctx context.Context, key *ecdsa.PrivateKey, peer Peer) (*JoinResponse, error) {
	req := NewJoinRequest(peer, time.Now())
	if err := req.Sign(key, c.chainID); err != nil {
		return nil, err
	}
	var out JoinResponse
	if err := c.post(ctx, "/v1/cluster/join", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Leave asks the node at c's address to leave the cluster, signing the
// request with key, which must be the key that node joined with. The node
// hands leadership over if it leads, has the leader remove it, and then
// stops.
func (c *Client) Leave(ctx context.Context, key *ecdsa.PrivateKey) error {
	req := NewLeaveRequest(time.Now())
	if err := req.Sign(key, c.chainID); err != nil {
		return err
	}
	var out map[string]any
	return c.post(ctx, "/v1/cluster/leave", req, &out)
}

// Remove asks the cluster, through the node at c's address, to remove the
// member id (a node that died for good), signing the request with key,
// which must be a genesis validator's.
func (c *Client) Remove(ctx context.Context, key *ecdsa.PrivateKey, id string) error {
	req := NewRemoveRequest(id, time.Now())
	if err := req.Sign(key, c.chainID); err != nil {
		return err
	}
	var out map[string]any
	return c.post(ctx, "/v1/cluster/remove", req, &out)
}

// post sends in as JSON and decodes a 200 answer into out.
func (c *Client) post(ctx context.Context, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("validator: POST %s: %w", path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("validator: POST %s: %w", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return apiErrorFrom(resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("validator: POST %s: malformed answer: %w", path, err)
	}
	return nil
}

// Nonce returns the last nonce the ledger accepted from addr (0: none).
func (c *Client) Nonce(ctx context.Context, addr common.Address) (uint64, error) {
	var out struct {
		Nonce uint64 `json:"nonce"`
	}
	if err := c.get(ctx, "/v1/accounts/"+addr.Hex()+"/nonce", &out); err != nil {
		return 0, err
	}
	return out.Nonce, nil
}

// Claim reads addr's claim proof against the last Merkle settlement.
func (c *Client) Claim(ctx context.Context, addr common.Address) (*ClaimProof, error) {
	var out ClaimProof
	if err := c.get(ctx, "/v1/claims/"+addr.Hex(), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Subnet reads a subnet's view.
func (c *Client) Subnet(ctx context.Context, id uint16) (ledger.SubnetView, error) {
	var out ledger.SubnetView
	err := c.get(ctx, fmt.Sprintf("/v1/subnets/%d", id), &out)
	return out, err
}

// StateHash reads the replica's state hash.
func (c *Client) StateHash(ctx context.Context) (StateHashView, error) {
	var out StateHashView
	err := c.get(ctx, "/v1/state/hash", &out)
	return out, err
}

// Assignments reads the labeler's (key's) items of the current round of
// preference subnet id, with a request signed by key (LabelRequest).
func (c *Client) Assignments(ctx context.Context, key *ecdsa.PrivateKey, id uint16) (*Assignments, error) {
	req := NewLabelRequest(id, time.Now())
	if err := req.Sign(key, c.chainID); err != nil {
		return nil, err
	}
	var out Assignments
	if err := c.getWith(ctx, fmt.Sprintf("/v1/subnets/%d/assignments", id), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// SubmitPreferences files labels of key's labeler for round round of
// preference subnet id, as submit_preferences commands of at most
// ledger.MaxLabelsPerCommand labels each, signed by key, and returns the
// number filed. It stops at the first command refused (an *APIError for a
// refusal at the edge: an item not assigned, answered before, a round
// over) or rejected by the ledger.
func (c *Client) SubmitPreferences(ctx context.Context, key *ecdsa.PrivateKey, id uint16, round uint64, labels []ledger.Preference) (int, error) {
	filed := 0
	for len(labels) > 0 {
		part := labels[:min(len(labels), ledger.MaxLabelsPerCommand)]
		if _, err := c.Send(ctx, key, ledger.TypeSubmitPreferences, ledger.SubmitPreferences{Subnet: id, Round: round, Labels: part}); err != nil {
			return filed, err
		}
		filed += len(part)
		labels = labels[len(part):]
	}
	return filed, nil
}

// comparisonsPerCommand keeps an add_comparisons payload under
// ledger.MaxPayloadSize: comparisons are sent in parts of at most this
// many bytes of text (JSON escaping may add some).
const comparisonsPerCommand = ledger.MaxPayloadSize / 2

// AddComparisons adds comparisons to the pool of preference subnet id, in
// as many add_comparisons commands (signed by key, the subnet owner or a
// genesis validator) as their size needs, and returns how many joined the
// pool and how many it held already. A comparison too large for one
// command is an error.
func (c *Client) AddComparisons(ctx context.Context, key *ecdsa.PrivateKey, id uint16, cs []ledger.Comparison) (added, duplicates int, err error) {
	for len(cs) > 0 {
		n, size := 0, 0
		for n < len(cs) {
			sz := len(cs[n].Prompt) + len(cs[n].A) + len(cs[n].B)
			if n > 0 && size+sz > comparisonsPerCommand {
				break
			}
			size += sz
			n++
		}
		resp, err := c.Send(ctx, key, ledger.TypeAddComparisons, ledger.AddComparisons{Subnet: id, Comparisons: cs[:n]})
		if err != nil {
			return added, duplicates, err
		}
		var res ledger.AddComparisonsResult
		if err := json.Unmarshal(resp.Value, &res); err != nil {
			return added, duplicates, fmt.Errorf("validator: add_comparisons: malformed result: %w", err)
		}
		added, duplicates = added+res.Added, duplicates+res.Duplicates
		cs = cs[n:]
	}
	return added, duplicates, nil
}

// Send signs a command with key and the key's next nonce, as the ledger
// sees it (a consistent read, so that a lagging replica cannot hand out a
// used nonce), and submits it. A command the ledger rejects is an error
// wrapping ErrRejected (with the response).
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, typ string, payload any) (*SubmitResponse, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	last, err := c.Consistent().Nonce(ctx, addr)
	if err != nil {
		return nil, err
	}
	env, err := ledger.NewEnvelope(typ, payload, last+1)
	if err != nil {
		return nil, err
	}
	if err := env.Sign(key, c.chainID); err != nil {
		return nil, err
	}
	resp, err := c.Submit(ctx, env)
	if err != nil {
		return nil, err
	}
	if resp.Error != "" {
		return resp, fmt.Errorf("%w: %s rejected: %s", ErrRejected, typ, resp.Error)
	}
	return resp, nil
}

// Submit posts a signed envelope.
func (c *Client) Submit(ctx context.Context, env *ledger.Envelope) (*SubmitResponse, error) {
	body, err := json.Marshal(env)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, env.Type, body)
}

// SubmitEncoded is Submit for an envelope already encoded (as JSON), sent
// as it is; the validator decodes and checks it.
func (c *Client) SubmitEncoded(ctx context.Context, body []byte) (*SubmitResponse, error) {
	return c.submit(ctx, "command", body)
}

// submit posts an encoded envelope of type typ (for error messages).
func (c *Client) submit(ctx context.Context, typ string, body []byte) (*SubmitResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("validator: submit %s: %w", typ, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		return nil, fmt.Errorf("validator: submit %s: %w", typ, apiErrorFrom(resp.StatusCode, data))
	}
	var out SubmitResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("validator: submit %s: malformed answer: %w", typ, err)
	}
	return &out, nil
}

// get reads path (with ?consistent=true on a Consistent client) into out.
func (c *Client) get(ctx context.Context, path string, out any) error {
	return c.getWith(ctx, path, nil, out)
}

// getWith is get with the headers of a signed request, if any.
func (c *Client) getWith(ctx context.Context, path string, signed *LabelRequest, out any) error {
	url := c.base + path
	if c.consistent {
		url += "?consistent=true"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	if signed != nil {
		signed.SetHeaders(req.Header)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("validator: GET %s: %w", path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("validator: GET %s: %w", path, apiErrorFrom(resp.StatusCode, data))
	}
	return json.Unmarshal(data, out)
}
