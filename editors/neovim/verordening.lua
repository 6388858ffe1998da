-- The language server of the omgekeerde verordening in Neovim (0.7 or newer),
-- with Neovim's own LSP client: no plugin needed. In init.lua:
--
--   dofile('/pad/naar/project/editors/neovim/verordening.lua').setup()
--
-- Opening a Markdown or YAML file in a folder with verordening.yml (or below
-- it) starts `npx verordening lsp --stdio` in that folder, once per folder,
-- and attaches the buffer. Meldingen appear as diagnostics; a suggestion
-- ("bedoelt u …?") is a quick fix under `vim.lsp.buf.code_action()`.
--
-- setup({ cmd = { 'node', '/pad/naar/bin/verordening.js', 'lsp', '--stdio' } })
-- starts another command, for a project whose toolchain is not in node_modules.
local M = {}

local clients = {}

--- The folder of the verordening a file belongs to: the nearest folder upwards with verordening.yml.
local function verordeningMap(file)
  if file == '' then return nil end
  local found = vim.fn.findfile('verordening.yml', vim.fn.fnamemodify(file, ':p:h') .. ';')
  if found == '' then return nil end
  return vim.fn.fnamemodify(found, ':p:h')
end

function M.attach(bufnr, cmd)
  local root = verordeningMap(vim.api.nvim_buf_get_name(bufnr))
  if not root then return end
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'verordening',
      cmd = cmd,
      -- npx finds the project's own `verordening` from here upwards.
      cmd_cwd = root,
      root_dir = root,
    })
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'npx', 'verordening', 'lsp', '--stdio' }
  local group = vim.api.nvim_create_augroup('verordening', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = { 'markdown', 'yaml' },
    callback = function(args) M.attach(args.buf, cmd) end,
  })
  return M
end

return M
