// The options page (Plasmo entry: options.html). The page itself lives in src/options/.
import { OptionsPage } from "./options/OptionsPage"

export default OptionsPage
