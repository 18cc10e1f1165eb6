// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AgoraTokenMetaData contains all meta data concerning the AgoraToken contract.
var AgoraTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"emissionContract\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CumulativeAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"}],\"name\":\"EpochPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emission\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"lastPaidEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"packed\",\"type\":\"bytes32[]\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"payClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"payEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161270e38038061270e83398101604081905261002f916102f3565b6040518060400160405280600581526020016441676f726160d81b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600581526020016441676f726160d81b8152506040518060400160405280600381526020016220a3a960e91b81525081600390816100b191906103c7565b5060046100be82826103c7565b5050506100d0826101e560201b60201c565b610120526100dd816101e5565b61014052815160208084019190912060e052815190820120610100524660a05261016960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03821661019a576040516341f2769560e11b815260040160405180910390fd5b6001600160a01b038116610160526101b25f3361022b565b506101dd7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68361022b565b5050506104dd565b5f5f829050601f81511115610218578260405163305a27a960e01b815260040161020f9190610485565b60405180910390fd5b8051610223826104ba565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102cf575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102873390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102d2565b505f5b92915050565b80516001600160a01b03811681146102ee575f5ffd5b919050565b5f5f60408385031215610304575f5ffd5b61030d836102d8565b915061031b602084016102d8565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061034c57607f821691505b60208210810361036a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103c257828211156103c257805f5260205f20601f840160051c602085101561039b57505f5b90810190601f840160051c035f5b818110156103be575f838201556001016103a9565b5050505b505050565b81516001600160401b038111156103e0576103e0610324565b6103f4816103ee8454610338565b84610370565b6020601f821160018114610426575f831561040f5750848201515b5f19600385901b1c1916600184901b17845561047e565b5f84815260208120601f198516915b828110156104555787850151825560209485019460019092019101610435565b508482101561047257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561036a575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516121cf61053f5f395f81816103cd01526107af01525f61158e01525f61156301525f61139b01525f61137301525f6112ce01525f6112f801525f61132201526121cf5ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80636606fd0911610109578063a217fddf1161009e578063d505accf1161006e578063d505accf146104e1578063d5391393146104f4578063d547741f1461051b578063dd62ed3e1461052e575f5ffd5b8063a217fddf1461047c578063a9059cbb14610483578063bdc4909514610496578063c884ef83146104a9575f5ffd5b8063827c049e116100d9578063827c049e146103c857806384b0196e1461041457806391d148541461042f57806395d89b4114610474575f5ffd5b80636606fd091461034857806370a082311461035b57806379cc6790146103a25780637ecebe00146103b5575f5ffd5b80632f2ff15d1161017f57806336568abe1161014f57806336568abe146102fc57806340c10f191461030f57806342966c681461032257806350802e3f14610335575f5ffd5b80632f2ff15d146102b9578063313ce567146102ce57806332cb6b0c146102dd5780633644e515146102f4575f5ffd5b806318160ddd116101ba57806318160ddd1461023057806323b872dd14610242578063248a9ca31461025557806329d89f5c14610277575f5ffd5b806301ffc9a7146101e057806306fdde0314610208578063095ea7b31461021d575b5f5ffd5b6101f36101ee366004611c8b565b610573565b60405190151581526020015b60405180910390f35b61021061060b565b6040516101ff9190611d1d565b6101f361022b366004611d57565b61069b565b600b545b6040519081526020016101ff565b6101f3610250366004611d7f565b6106b2565b610234610263366004611db9565b5f9081526008602052604090206001015490565b6102a0610285366004611de1565b60096020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016101ff565b6102cc6102c7366004611dfa565b6106d5565b005b604051600981526020016101ff565b6102346fffffffffffffffffffffffffffffffff81565b6102346106ff565b6102cc61030a366004611dfa565b61070d565b6102cc61031d366004611d57565b61076b565b6102cc610330366004611db9565b61079f565b610234610343366004611d57565b6107ac565b6102cc610356366004611e6c565b610ae0565b610234610369366004611f0a565b73ffffffffffffffffffffffffffffffffffffffff165f908152600a60205260409020546fffffffffffffffffffffffffffffffff1690565b6102cc6103b0366004611d57565b610ce0565b6102346103c3366004611f0a565b610cf9565b6103ef7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ff565b61041c610d23565b6040516101ff9796959493929190611f23565b6101f361043d366004611dfa565b5f91825260086020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b610210610d81565b6102345f81565b6101f3610491366004611d57565b610d90565b6102346104a4366004611fe2565b610d9d565b6102346104b7366004611f0a565b73ffffffffffffffffffffffffffffffffffffffff165f908152600a602052604090205460801c90565b6102cc6104ef366004612021565b610e63565b6102347f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6102cc610529366004611dfa565b61100c565b61023461053c36600461208e565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061060557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60606003805461061a906120b6565b80601f0160208091040260200160405190810160405280929190818152602001828054610646906120b6565b80156106915780601f1061066857610100808354040283529160200191610691565b820191905f5260205f20905b81548152906001019060200180831161067457829003601f168201915b5050505050905090565b5f336106a8818585611030565b5060019392505050565b5f336106bf85828561103d565b6106ca858585611105565b506001949350505050565b5f828152600860205260409020600101546106ef816111ae565b6106f983836111b8565b50505050565b5f6107086112b5565b905090565b73ffffffffffffffffffffffffffffffffffffffff8116331461075c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61076682826113eb565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6610795816111ae565b61076683836114a8565b6107a93382611502565b50565b5f7f00000000000000000000000000000000000000000000000000000000000000003373ffffffffffffffffffffffffffffffffffffffff821614610824576040517f147311500000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8416158061087257508073ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff16145b156108c1576040517fec442f0500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161081b565b6fffffffffffffffffffffffffffffffff831115610924576040517fce9c61ae000000000000000000000000000000000000000000000000000000008152600481018490526fffffffffffffffffffffffffffffffff602482015260440161081b565b73ffffffffffffffffffffffffffffffffffffffff84165f908152600a6020526040902054608081901c8085116109ad576040517f0cfa2bb000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87166004820152602481018690526044810182905260640161081b565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600a602052604090205481860394506fffffffffffffffffffffffffffffffff811685811015610a4a576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602481018290526044810187905260640161081b565b73ffffffffffffffffffffffffffffffffffffffff8086165f818152600a60205260408082208a87039055928b168082529083902060808b901b6fffffffffffffffffffffffffffffffff89168b0117905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90610acd908a815260200190565b60405180910390a3505050505092915050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6610b0a816111ae565b61ffff87165f9081526009602052604090205467ffffffffffffffff9081169087168110610b82576040517f909ac75900000000000000000000000000000000000000000000000000000000815261ffff8916600482015267ffffffffffffffff80891660248301528216604482015260640161081b565b848314610bc5576040517fab8b67c6000000000000000000000000000000000000000000000000000000008152600481018690526024810184905260440161081b565b61ffff88165f90815260096020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8a16179055805b86811015610c8957858582818110610c2557610c25612107565b9050602002013582610c379190612134565b9150610c81888883818110610c4e57610c4e612107565b9050602002016020810190610c639190611f0a565b878784818110610c7557610c75612107565b905060200201356114a8565b600101610c0b565b50604080518281526020810188905267ffffffffffffffff8a169161ffff8c16917f51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3910160405180910390a3505050505050505050565b610ceb82338361103d565b610cf58282611502565b5050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610605565b5f6060805f5f5f6060610d3461155c565b610d3c611587565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60606004805461061a906120b6565b5f336106a8818585611105565b5f7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6610dc8816111ae565b600a602052838360051b81015b80821015610e515781356bffffffffffffffffffffffff81169060601c80610e085763ec442f055f525f6020526024601cfd5b5f818152604081208054840190558281529582019581907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602082a35050602082019150610dd5565b5050610e5c826115b2565b5092915050565b83421115610ea0576040517f627913020000000000000000000000000000000000000000000000000000000081526004810185905260240161081b565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610ef88c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610f5f8261162c565b90505f610f6e82878787611673565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610ff5576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b16602482015260440161081b565b6110008a8a8a611030565b50505050505050505050565b5f82815260086020526040902060010154611026816111ae565b6106f983836113eb565b610766838383600161169f565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156106f957818110156110f7576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018290526044810183905260640161081b565b6106f984848484035f61169f565b73ffffffffffffffffffffffffffffffffffffffff8316611154576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b73ffffffffffffffffffffffffffffffffffffffff82166111a3576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b6107668383836117e4565b6107a98133611991565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ae575f83815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561124c3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610605565b505f610605565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561131a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561134457507f000000000000000000000000000000000000000000000000000000000000000090565b610708604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ae575f83815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610605565b73ffffffffffffffffffffffffffffffffffffffff82166114f7576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b610cf55f83836117e4565b73ffffffffffffffffffffffffffffffffffffffff8216611551576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b610cf5825f836117e4565b60606107087f0000000000000000000000000000000000000000000000000000000000000000611a18565b60606107087f0000000000000000000000000000000000000000000000000000000000000000611a18565b5f81600b546115c19190612134565b90506fffffffffffffffffffffffffffffffff811115611626576040517f9e79f854000000000000000000000000000000000000000000000000000000008152600481018290526fffffffffffffffffffffffffffffffff602482015260440161081b565b600b5550565b5f6106056116386112b5565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f61168388888888611a55565b9250925092506116938282611b48565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff84166116ee576040517fe602df050000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b73ffffffffffffffffffffffffffffffffffffffff831661173d576040517f94280d620000000000000000000000000000000000000000000000000000000081525f600482015260240161081b565b73ffffffffffffffffffffffffffffffffffffffff8085165f90815260016020908152604080832093871683529290522082905580156106f9578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516117d691815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff831661180d57611808816115b2565b6118d1565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600a60205260409020546fffffffffffffffffffffffffffffffff8116828110156118a5576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602481018290526044810184905260640161081b565b5073ffffffffffffffffffffffffffffffffffffffff84165f908152600a602052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff82166118fa57600b80548290039055611925565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600a602052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161198491815260200190565b60405180910390a3505050565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610cf5576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161081b565b60605f611a2483611c4b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611a8e57505f91506003905082611b3e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611adf573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116611b3557505f925060019150829050611b3e565b92505f91508190505b9450945094915050565b5f826003811115611b5b57611b5b61216c565b03611b64575050565b6001826003811115611b7857611b7861216c565b03611baf576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115611bc357611bc361216c565b03611bfd576040517ffce698f70000000000000000000000000000000000000000000000000000000081526004810182905260240161081b565b6003826003811115611c1157611c1161216c565b03610cf5576040517fd78bce0c0000000000000000000000000000000000000000000000000000000081526004810182905260240161081b565b5f60ff8216601f811115610605576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215611c9b575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611cca575f5ffd5b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f611cca6020830184611cd1565b803573ffffffffffffffffffffffffffffffffffffffff81168114611d52575f5ffd5b919050565b5f5f60408385031215611d68575f5ffd5b611d7183611d2f565b946020939093013593505050565b5f5f5f60608486031215611d91575f5ffd5b611d9a84611d2f565b9250611da860208501611d2f565b929592945050506040919091013590565b5f60208284031215611dc9575f5ffd5b5035919050565b803561ffff81168114611d52575f5ffd5b5f60208284031215611df1575f5ffd5b611cca82611dd0565b5f5f60408385031215611e0b575f5ffd5b82359150611e1b60208401611d2f565b90509250929050565b5f5f83601f840112611e34575f5ffd5b50813567ffffffffffffffff811115611e4b575f5ffd5b6020830191508360208260051b8501011115611e65575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215611e81575f5ffd5b611e8a87611dd0565b9550602087013567ffffffffffffffff81168114611ea6575f5ffd5b9450604087013567ffffffffffffffff811115611ec1575f5ffd5b611ecd89828a01611e24565b909550935050606087013567ffffffffffffffff811115611eec575f5ffd5b611ef889828a01611e24565b979a9699509497509295939492505050565b5f60208284031215611f1a575f5ffd5b611cca82611d2f565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f611f5d60e0830189611cd1565b8281036040840152611f6f8189611cd1565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611fd1578351835260209384019390920191600101611fb3565b50909b9a5050505050505050505050565b5f5f60208385031215611ff3575f5ffd5b823567ffffffffffffffff811115612009575f5ffd5b61201585828601611e24565b90969095509350505050565b5f5f5f5f5f5f5f60e0888a031215612037575f5ffd5b61204088611d2f565b965061204e60208901611d2f565b95506040880135945060608801359350608088013560ff81168114612071575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f6040838503121561209f575f5ffd5b6120a883611d2f565b9150611e1b60208401611d2f565b600181811c908216806120ca57607f821691505b602082108103612101577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115610605577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea26469706673582212205abae375fa919c4aae4d0ad6a59ed1ee661b775a689614d9bf2a20815bd2020564736f6c63430008250033",
}

// AgoraTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use AgoraTokenMetaData.ABI instead.
var AgoraTokenABI = AgoraTokenMetaData.ABI

// AgoraTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgoraTokenMetaData.Bin instead.
var AgoraTokenBin = AgoraTokenMetaData.Bin

// DeployAgoraToken deploys a new Ethereum contract, binding an instance of AgoraToken to it.
func DeployAgoraToken(auth *bind.TransactOpts, backend bind.ContractBackend, minter common.Address, emissionContract common.Address) (common.Address, *types.Transaction, *AgoraToken, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgoraTokenBin), backend, minter, emissionContract)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// AgoraToken is an auto generated Go binding around an Ethereum contract.
type AgoraToken struct {
	AgoraTokenCaller     // Read-only binding to the contract
	AgoraTokenTransactor // Write-only binding to the contract
	AgoraTokenFilterer   // Log filterer for contract events
}

// AgoraTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgoraTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgoraTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgoraTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgoraTokenSession struct {
	Contract     *AgoraToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AgoraTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgoraTokenCallerSession struct {
	Contract *AgoraTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// AgoraTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgoraTokenTransactorSession struct {
	Contract     *AgoraTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// AgoraTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgoraTokenRaw struct {
	Contract *AgoraToken // Generic contract binding to access the raw methods on
}

// AgoraTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgoraTokenCallerRaw struct {
	Contract *AgoraTokenCaller // Generic read-only contract binding to access the raw methods on
}

// AgoraTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgoraTokenTransactorRaw struct {
	Contract *AgoraTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgoraToken creates a new instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraToken(address common.Address, backend bind.ContractBackend) (*AgoraToken, error) {
	contract, err := bindAgoraToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// NewAgoraTokenCaller creates a new read-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenCaller(address common.Address, caller bind.ContractCaller) (*AgoraTokenCaller, error) {
	contract, err := bindAgoraToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenCaller{contract: contract}, nil
}

// NewAgoraTokenTransactor creates a new write-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*AgoraTokenTransactor, error) {
	contract, err := bindAgoraToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransactor{contract: contract}, nil
}

// NewAgoraTokenFilterer creates a new log filterer instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*AgoraTokenFilterer, error) {
	contract, err := bindAgoraToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenFilterer{contract: contract}, nil
}

// bindAgoraToken binds a generic wrapper to an already deployed contract.
func bindAgoraToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.AgoraTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AgoraToken.Contract.DOMAINSEPARATOR(&_AgoraToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AgoraToken.Contract.DOMAINSEPARATOR(&_AgoraToken.CallOpts)
}

// MAXSUPPLY is a free data retrieval call binding the contract method 0x32cb6b0c.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) MAXSUPPLY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "MAX_SUPPLY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSUPPLY is a free data retrieval call binding the contract method 0x32cb6b0c.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (_AgoraToken *AgoraTokenSession) MAXSUPPLY() (*big.Int, error) {
	return _AgoraToken.Contract.MAXSUPPLY(&_AgoraToken.CallOpts)
}

// MAXSUPPLY is a free data retrieval call binding the contract method 0x32cb6b0c.
//
// Solidity: function MAX_SUPPLY() view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) MAXSUPPLY() (*big.Int, error) {
	return _AgoraToken.Contract.MAXSUPPLY(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) MINTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "MINTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Claimed(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "claimed", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Claimed(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Claimed(&_AgoraToken.CallOpts, account)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Claimed(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Claimed(&_AgoraToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCallerSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgoraToken.Contract.Eip712Domain(&_AgoraToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgoraToken.Contract.Eip712Domain(&_AgoraToken.CallOpts)
}

// Emission is a free data retrieval call binding the contract method 0x827c049e.
//
// Solidity: function emission() view returns(address)
func (_AgoraToken *AgoraTokenCaller) Emission(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "emission")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Emission is a free data retrieval call binding the contract method 0x827c049e.
//
// Solidity: function emission() view returns(address)
func (_AgoraToken *AgoraTokenSession) Emission() (common.Address, error) {
	return _AgoraToken.Contract.Emission(&_AgoraToken.CallOpts)
}

// Emission is a free data retrieval call binding the contract method 0x827c049e.
//
// Solidity: function emission() view returns(address)
func (_AgoraToken *AgoraTokenCallerSession) Emission() (common.Address, error) {
	return _AgoraToken.Contract.Emission(&_AgoraToken.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCaller) LastPaidEpoch(opts *bind.CallOpts, subnet uint16) (uint64, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "lastPaidEpoch", subnet)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCallerSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Nonces(owner common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Nonces(&_AgoraToken.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Nonces(&_AgoraToken.CallOpts, owner)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) Burn(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "burn", amount)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) Burn(amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Burn(&_AgoraToken.TransactOpts, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Burn(amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Burn(&_AgoraToken.TransactOpts, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) BurnFrom(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "burnFrom", account, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) BurnFrom(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.BurnFrom(&_AgoraToken.TransactOpts, account, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) BurnFrom(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.BurnFrom(&_AgoraToken.TransactOpts, account, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Mint(&_AgoraToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Mint(&_AgoraToken.TransactOpts, to, amount)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenTransactor) MintBatch(opts *bind.TransactOpts, packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "mintBatch", packed)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenSession) MintBatch(packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.MintBatch(&_AgoraToken.TransactOpts, packed)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenTransactorSession) MintBatch(packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.MintBatch(&_AgoraToken.TransactOpts, packed)
}

// PayClaim is a paid mutator transaction binding the contract method 0x50802e3f.
//
// Solidity: function payClaim(address account, uint256 cumulative) returns(uint256 amount)
func (_AgoraToken *AgoraTokenTransactor) PayClaim(opts *bind.TransactOpts, account common.Address, cumulative *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "payClaim", account, cumulative)
}

// PayClaim is a paid mutator transaction binding the contract method 0x50802e3f.
//
// Solidity: function payClaim(address account, uint256 cumulative) returns(uint256 amount)
func (_AgoraToken *AgoraTokenSession) PayClaim(account common.Address, cumulative *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayClaim(&_AgoraToken.TransactOpts, account, cumulative)
}

// PayClaim is a paid mutator transaction binding the contract method 0x50802e3f.
//
// Solidity: function payClaim(address account, uint256 cumulative) returns(uint256 amount)
func (_AgoraToken *AgoraTokenTransactorSession) PayClaim(account common.Address, cumulative *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayClaim(&_AgoraToken.TransactOpts, account, cumulative)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactor) PayEpoch(opts *bind.TransactOpts, subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "payEpoch", subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactorSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.Permit(&_AgoraToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.Permit(&_AgoraToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// AgoraTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the AgoraToken contract.
type AgoraTokenApprovalIterator struct {
	Event *AgoraTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenApproval represents a Approval event raised by the AgoraToken contract.
type AgoraTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*AgoraTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenApprovalIterator{contract: _AgoraToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *AgoraTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenApproval)
				if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseApproval(log types.Log) (*AgoraTokenApproval, error) {
	event := new(AgoraTokenApproval)
	if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the AgoraToken contract.
type AgoraTokenEIP712DomainChangedIterator struct {
	Event *AgoraTokenEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the AgoraToken contract.
type AgoraTokenEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*AgoraTokenEIP712DomainChangedIterator, error) {

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &AgoraTokenEIP712DomainChangedIterator{contract: _AgoraToken.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *AgoraTokenEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenEIP712DomainChanged)
				if err := _AgoraToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) ParseEIP712DomainChanged(log types.Log) (*AgoraTokenEIP712DomainChanged, error) {
	event := new(AgoraTokenEIP712DomainChanged)
	if err := _AgoraToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenEpochPaidIterator is returned from FilterEpochPaid and is used to iterate over the raw logs and unpacked data for EpochPaid events raised by the AgoraToken contract.
type AgoraTokenEpochPaidIterator struct {
	Event *AgoraTokenEpochPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenEpochPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenEpochPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenEpochPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenEpochPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenEpochPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenEpochPaid represents a EpochPaid event raised by the AgoraToken contract.
type AgoraTokenEpochPaid struct {
	Subnet     uint16
	Epoch      uint64
	Total      *big.Int
	Recipients *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEpochPaid is a free log retrieval operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) FilterEpochPaid(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*AgoraTokenEpochPaidIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenEpochPaidIterator{contract: _AgoraToken.contract, event: "EpochPaid", logs: logs, sub: sub}, nil
}

// WatchEpochPaid is a free log subscription operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) WatchEpochPaid(opts *bind.WatchOpts, sink chan<- *AgoraTokenEpochPaid, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenEpochPaid)
				if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochPaid is a log parse operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) ParseEpochPaid(log types.Log) (*AgoraTokenEpochPaid, error) {
	event := new(AgoraTokenEpochPaid)
	if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the AgoraToken contract.
type AgoraTokenRoleAdminChangedIterator struct {
	Event *AgoraTokenRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleAdminChanged represents a RoleAdminChanged event raised by the AgoraToken contract.
type AgoraTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*AgoraTokenRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleAdminChangedIterator{contract: _AgoraToken.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleAdminChanged)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleAdminChanged(log types.Log) (*AgoraTokenRoleAdminChanged, error) {
	event := new(AgoraTokenRoleAdminChanged)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the AgoraToken contract.
type AgoraTokenRoleGrantedIterator struct {
	Event *AgoraTokenRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleGranted represents a RoleGranted event raised by the AgoraToken contract.
type AgoraTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleGrantedIterator{contract: _AgoraToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleGranted)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleGranted(log types.Log) (*AgoraTokenRoleGranted, error) {
	event := new(AgoraTokenRoleGranted)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the AgoraToken contract.
type AgoraTokenRoleRevokedIterator struct {
	Event *AgoraTokenRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleRevoked represents a RoleRevoked event raised by the AgoraToken contract.
type AgoraTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleRevokedIterator{contract: _AgoraToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleRevoked)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleRevoked(log types.Log) (*AgoraTokenRoleRevoked, error) {
	event := new(AgoraTokenRoleRevoked)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the AgoraToken contract.
type AgoraTokenTransferIterator struct {
	Event *AgoraTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenTransfer represents a Transfer event raised by the AgoraToken contract.
type AgoraTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*AgoraTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransferIterator{contract: _AgoraToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *AgoraTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenTransfer)
				if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseTransfer(log types.Log) (*AgoraTokenTransfer, error) {
	event := new(AgoraTokenTransfer)
	if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
