package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/agora-net/agora/chain/bindings"
)

// Receipt polling: the first poll comes after minReceiptPoll and the delay
// doubles up to maxReceiptPoll, so a fast dev chain answers within a block
// and a real chain is not flooded.
const (
	minReceiptPoll = 20 * time.Millisecond
	maxReceiptPoll = time.Second
)

// gasHeadroomPercent is added to the estimated gas limit of a transaction.
// The estimate is exact for the state it ran on; the headroom covers small
// state changes between estimation and inclusion. Unused gas is not paid.
const gasHeadroomPercent = 20

// Backend is what the token client needs from a chain connection: calls,
// transactions, log filters, receipts and the chain ID. *ethclient.Client (a
// JSON-RPC node, ethclient.Dial) and (*Sim).Client() implement it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

var _ Backend = (*ethclient.Client)(nil)

// Token is a client of a deployed AgoraToken contract.
//
// A Token is safe for concurrent use. Transactions it sends from the same
// key get consecutive nonces even when sent from several goroutines: the
// nonce is the account's pending nonce, or the one after the last
// transaction this Token sent while the node has not counted that one yet.
// A key must therefore not send through another Token or process at the
// same time.
type Token struct {
	addr     common.Address
	backend  Backend
	contract *bindings.AgoraToken
	abi      *abi.ABI

	mu      sync.Mutex                   // held from choosing a nonce to handing its transaction to the node
	chainID *big.Int                     // cached on first use; guarded by mu
	sent    map[common.Address]sentNonce // last transaction sent per account; guarded by mu
}

// sentNonce remembers the last transaction a Token sent from an account.
type sentNonce struct {
	next uint64      // its nonce + 1
	tx   common.Hash // its hash
}

// DeployToken deploys AgoraToken from key's account, granting MINTER_ROLE to
// minter (DEFAULT_ADMIN_ROLE goes to key's account), waits until the
// deployment is mined and returns the contract's address and a client of it.
// On the simulated chain the block comes from its timer (or an explicit
// Commit).
func DeployToken(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, minter common.Address) (common.Address, *Token, error) {
	if minter == (common.Address{}) {
		return common.Address{}, nil, errors.New("chain: deploy token: zero minter address")
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: chain id: %w", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: %w", err)
	}
	opts.Context = ctx
	addr, tx, _, err := bindings.DeployAgoraToken(opts, backend, minter)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: %w", err)
	}
	receipt, err := waitReceipt(ctx, backend, tx.Hash())
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: tx %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: tx %s failed in block %v: %w",
			tx.Hash(), receipt.BlockNumber, ErrReverted)
	}
	code, err := backend.CodeAt(ctx, addr, receipt.BlockNumber)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: read code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: no code at %s after deployment", addr)
	}
	t, err := NewToken(addr, backend)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, t, nil
}

// NewToken returns a client of the AgoraToken deployed at addr. It does not
// contact the chain; a wrong address shows in the first call.
func NewToken(addr common.Address, backend Backend) (*Token, error) {
	parsed, err := bindings.AgoraTokenMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("chain: token abi: %w", err)
	}
	contract, err := bindings.NewAgoraToken(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: bind token at %s: %w", addr, err)
	}
	return &Token{
		addr:     addr,
		backend:  backend,
		contract: contract,
		abi:      parsed,
		sent:     make(map[common.Address]sentNonce),
	}, nil
}

// Address returns the token contract's address.
func (t *Token) Address() common.Address {
	return t.addr
}

// PayEpoch pays epoch of subnet: it mints amounts[i] base units to
// recipients[i] in one transaction signed by key, which must hold
// MINTER_ROLE, and waits until it is mined. It returns the transaction's
// hash.
//
// The call is simulated first, so a transaction that would revert is not
// sent: an epoch not newer than LastPaidEpoch(subnet) returns an error
// matching ErrEpochAlreadyPaid, a key without the role one matching
// ErrNotMinter, any other revert a *RevertError matching ErrReverted. A
// transaction that was sent but failed on chain (another payment of the
// same epoch got in first, say) returns its hash with such an error, the
// reason found by replaying the call on the block that included it.
func (t *Token) PayEpoch(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error) {
	if len(recipients) != len(amounts) {
		return common.Hash{}, fmt.Errorf("chain: pay epoch %d of subnet %d: %d recipients but %d amounts",
			epoch, subnet, len(recipients), len(amounts))
	}
	values := make([]*big.Int, len(amounts))
	for i, a := range amounts {
		values[i] = new(big.Int).SetUint64(a)
	}
	data, err := t.abi.Pack("payEpoch", subnet, epoch, recipients, values)
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: pay epoch %d of subnet %d: pack: %w", epoch, subnet, err)
	}
	hash, err := t.transact(ctx, key, data)
	if err != nil {
		return hash, fmt.Errorf("chain: pay epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return hash, nil
}

// transact sends a call of the token with data, signed by key, waits for
// it to be mined and checks its status. Errors are not prefixed.
func (t *Token) transact(ctx context.Context, key *ecdsa.PrivateKey, data []byte) (common.Hash, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	msg := ethereum.CallMsg{From: from, To: &t.addr, Data: data}
	gas, err := t.backend.EstimateGas(ctx, msg)
	if err != nil {
		if rdata, ok := revertData(err); ok {
			return common.Hash{}, decodeRevert(t.abi, rdata)
		}
		return common.Hash{}, fmt.Errorf("estimate gas: %w", err)
	}
	gas += gas * gasHeadroomPercent / 100

	tx, err := t.signAndSend(ctx, key, from, gas, data)
	if err != nil {
		return common.Hash{}, err
	}
	receipt, err := waitReceipt(ctx, t.backend, tx.Hash())
	if err != nil {
		return tx.Hash(), fmt.Errorf("tx %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return tx.Hash(), t.failure(ctx, msg, receipt)
	}
	return tx.Hash(), nil
}

// signAndSend prices, signs and sends an EIP-1559 transaction to the token,
// holding t.mu from choosing its nonce (see nonce) until the node accepted
// it, so that concurrent senders get consecutive nonces.
func (t *Token) signAndSend(ctx context.Context, key *ecdsa.PrivateKey, from common.Address, gas uint64, data []byte) (*types.Transaction, error) {
	tip, err := t.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	if head.BaseFee == nil {
		return nil, errors.New("chain has no base fee (pre-London); EIP-1559 transactions need one")
	}
	// The fee cap survives six full blocks of base-fee growth (12.5% each).
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	t.mu.Lock()
	defer t.mu.Unlock()
	if t.chainID == nil {
		id, err := t.backend.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain id: %w", err)
		}
		t.chainID = id
	}
	nonce, err := t.nonce(ctx, from)
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(t.chainID), &types.DynamicFeeTx{
		ChainID:   t.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        &t.addr,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := t.backend.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send tx %s: %w", tx.Hash(), err)
	}
	t.sent[from] = sentNonce{next: nonce + 1, tx: tx.Hash()}
	return tx, nil
}

// nonce returns the nonce for the next transaction from the account; t.mu
// must be held. It is the account's pending nonce, except that a node's
// transaction pool counts a transaction it has just accepted only once it
// has promoted it, in the background: while the node still knows the last
// transaction this Token sent and its pending nonce lags behind it, the
// nonce after that transaction is used instead. Should the node have
// dropped that transaction, the pending nonce fills the gap it left.
func (t *Token) nonce(ctx context.Context, from common.Address) (uint64, error) {
	pending, err := t.backend.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce of %s: %w", from, err)
	}
	last, ok := t.sent[from]
	if !ok || last.next <= pending {
		return pending, nil
	}
	if _, _, err := t.backend.TransactionByHash(ctx, last.tx); err == nil {
		return last.next, nil
	} else if !errors.Is(err, ethereum.NotFound) {
		return 0, fmt.Errorf("look up last tx %s of %s: %w", last.tx, from, err)
	}
	return pending, nil
}

// failure explains a mined transaction that failed: it replays the call on
// the state after the including block, where whatever made it fail (an
// epoch paid by an earlier transaction of the block, a revoked role) is
// visible, and decodes the revert.
func (t *Token) failure(ctx context.Context, msg ethereum.CallMsg, receipt *types.Receipt) error {
	_, err := t.backend.CallContract(ctx, msg, receipt.BlockNumber)
	if rdata, ok := revertData(err); ok {
		rerr := decodeRevert(t.abi, rdata)
		rerr.Reason = fmt.Sprintf("tx %s failed in block %v: %s", receipt.TxHash, receipt.BlockNumber, rerr.Reason)
		return rerr
	}
	return &RevertError{Reason: fmt.Sprintf("tx %s failed in block %v (gas used %d); replaying it there gives no reason",
		receipt.TxHash, receipt.BlockNumber, receipt.GasUsed)}
}

// waitReceipt polls for the receipt of the transaction hash until it is
// mined or ctx ends. Errors other than "not found" are retried too, as a
// node may briefly fail; the last one is reported with the context's.
func waitReceipt(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	delay := minReceiptPoll
	timer := time.NewTimer(delay)
	defer timer.Stop()
	for {
		receipt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(err, ethereum.NotFound) || errors.Is(err, ctx.Err()) {
				return nil, fmt.Errorf("wait for receipt: %w", ctx.Err())
			}
			return nil, fmt.Errorf("wait for receipt: %w (last error: %v)", ctx.Err(), err)
		case <-timer.C:
		}
		delay = min(2*delay, maxReceiptPoll)
		timer.Reset(delay)
	}
}

// LastPaidEpoch returns the last epoch of subnet the contract paid, 0 if
// none, as of the latest block.
func (t *Token) LastPaidEpoch(ctx context.Context, subnet uint16) (uint64, error) {
	e, err := t.contract.LastPaidEpoch(&bind.CallOpts{Context: ctx}, subnet)
	if err != nil {
		return 0, fmt.Errorf("chain: last paid epoch of subnet %d: %w", subnet, err)
	}
	return e, nil
}

// EpochTx returns the hash of the transaction that paid epoch of subnet,
// found through the contract's EpochPaid event; ok is false if the epoch
// has not been paid. It searches the logs from genesis, which suits the
// embedded chain; a public node may limit the range of a log query.
func (t *Token) EpochTx(ctx context.Context, subnet uint16, epoch uint64) (hash common.Hash, ok bool, err error) {
	it, err := t.contract.FilterEpochPaid(&bind.FilterOpts{Context: ctx}, []uint16{subnet}, []uint64{epoch})
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("chain: find payment of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.Raw.Removed {
			continue
		}
		return it.Event.Raw.TxHash, true, nil
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, false, fmt.Errorf("chain: find payment of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return common.Hash{}, false, nil
}

// BalanceOf returns addr's token balance in base units (9 decimals).
func (t *Token) BalanceOf(ctx context.Context, addr common.Address) (*big.Int, error) {
	b, err := t.contract.BalanceOf(&bind.CallOpts{Context: ctx}, addr)
	if err != nil {
		return nil, fmt.Errorf("chain: balance of %s: %w", addr, err)
	}
	return b, nil
}

// Decimals returns the token's decimals, 9.
func (t *Token) Decimals(ctx context.Context) (uint8, error) {
	d, err := t.contract.Decimals(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("chain: token decimals: %w", err)
	}
	return d, nil
}
